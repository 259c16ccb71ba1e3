/** Something for the user to read: an i18n key and its parameters. */
export interface Message {
  key: string;
  params: Record<string, string | number>;
}

export const message = (key: string, params: Record<string, string | number> = {}): Message => ({ key, params });
