import type { ImportTable } from './table.js';

/** What a CSV column can become. `id` and `manager` build the reporting lines; the rest are person fields. */
export const IMPORT_TARGETS = ['name', 'firstName', 'lastName', 'title', 'department', 'email', 'phone', 'id', 'manager'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export interface ColumnMapping {
  /** Column index for each target, or null when nothing is imported into it. */
  columns: Record<ImportTarget, number | null>;
  /** The name is made of a first-name and a last-name column rather than read from one column. */
  combineName: boolean;
  /** What the manager column holds: the manager's value in the id column, or the manager's name. */
  managerBy: 'id' | 'name';
}

/** A header reduced to what identifies it: lower case, no spaces, punctuation or brackets. */
export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[\s_\-.:：/\\()（）[\]【】#*'"’]+/g, '');

/** Headers that name a target outright, in English and Chinese (normalised). */
const EXACT: Record<ImportTarget, string[]> = {
  id: ['id', 'contactid', 'donotmodifycontact', 'employeeid', 'empid', 'empno', 'employeeno', 'employeenumber', 'staffid', 'staffno', 'personid', 'userid', 'workerid', 'badge', '工号', '编号', '员工编号', '员工号', '员工工号', '人员编号', '职工号'],
  manager: ['parentid', 'parent', 'managerid', 'manager', 'managername', 'managerno', 'reportsto', 'reportstoid', 'reportstoname', 'reportstofullname', 'supervisor', 'supervisorid', 'supervisorname', 'linemanager', 'directmanager', 'boss', 'pid', '上级', '上级编号', '上级工号', '上级id', '上级姓名', '直属上级', '直接上级', '汇报对象', '汇报给', '汇报上级', '直属领导', '上级领导', '主管'],
  name: ['name', 'fullname', 'displayname', 'employeename', 'personname', 'staffname', 'contactname', '姓名', '名字', '全名', '员工姓名', '人员姓名', '联系人', '客户姓名'],
  firstName: ['firstname', 'givenname', 'forename', 'first', '名'],
  lastName: ['lastname', 'surname', 'familyname', 'last', '姓'],
  title: ['title', 'jobtitle', 'position', 'positionname', 'role', 'jobname', 'job', 'designation', 'post', '职位', '职务', '岗位', '头衔', '职称', '岗位名称', '职位名称'],
  department: ['department', 'departmentname', 'dept', 'deptname', 'division', 'orgunit', 'unit', 'team', 'organization', 'organisation', '部门', '所属部门', '部门名称', '科室', '处室', '单位', '组织'],
  email: ['email', 'emailaddress', 'emailaddress1', 'mail', 'email1', 'workemail', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址', '工作邮箱'],
  phone: ['phone', 'phonenumber', 'telephone1', 'businessphone', 'mobile', 'mobilephone', 'mobilenumber', 'cell', 'cellphone', 'tel', 'telephone', 'workphone', '电话', '手机', '手机号', '手机号码', '联系电话', '电话号码', '办公电话', '联系方式'],
};

/** Words that, inside a longer header, point at a target ("Manager's employee no.", "所属一级部门"). */
const CONTAINS: Partial<Record<ImportTarget, string[]>> = {
  manager: ['manager', 'supervisor', 'reportsto', 'parent', '上级', '汇报', '领导'],
  email: ['email', 'mail', '邮箱', '邮件'],
  phone: ['phone', 'mobile', 'tel', '电话', '手机'],
  department: ['department', 'dept', '部门'],
  title: ['title', 'position', '职位', '职务', '岗位'],
  name: ['name', '姓名'],
  id: ['工号', '编号'],
};

/**
 * Columns of CRM exports that are about something else: the company the contact belongs to, the
 * record's owner on our side, audit fields. Never guessed as a person field.
 */
const ELSEWHERE = new Set([
  'account', 'accountid', 'accountname', 'company', 'companyname', 'parentcustomerid', 'parentcustomeridname', 'parentcustomername',
  'owner', 'ownerid', 'owneridname', 'ownername', 'createdby', 'createdbyid', 'createdbyname', 'modifiedby', 'lastmodifiedbyid',
  'modifiedbyname', 'recordtypeid', 'masterrecordid', 'username', 'nickname', '客户名称', '公司名称', '公司',
]);

/** Codes and numbers of a thing are not the thing: "department_id" is not the department's name. */
const CODE_SUFFIX = /(id|code|no|number|编号|代码|号)$/;

const noColumns = (): Record<ImportTarget, number | null> =>
  Object.fromEntries(IMPORT_TARGETS.map((target) => [target, null])) as Record<ImportTarget, number | null>;

/** A first guess of which column is what, from the header names. */
export function guessMapping(table: Pick<ImportTable, 'headers' | 'rows'>): ColumnMapping {
  const headers = table.headers.map(normalizeHeader);
  const columns = noColumns();
  const used = new Set<number>();
  const take = (target: ImportTarget, index: number) => {
    columns[target] = index;
    used.add(index);
  };

  for (const target of IMPORT_TARGETS) {
    const index = headers.findIndex((h, i) => !used.has(i) && EXACT[target].includes(h));
    if (index >= 0) take(target, index);
  }
  for (const target of IMPORT_TARGETS) {
    const words = CONTAINS[target];
    if (columns[target] !== null || !words) continue;
    if (target === 'name' && columns.firstName !== null && columns.lastName !== null) continue;
    const index = headers.findIndex(
      (h, i) => !used.has(i) && !ELSEWHERE.has(h) && words.some((w) => h.includes(w)) && (target === 'id' || target === 'manager' || !CODE_SUFFIX.test(h)),
    );
    if (index >= 0) take(target, index);
  }
  // Dynamics 365: a contact's "parent customer" is usually its company, and only sometimes another contact.
  const parent = headers.findIndex((h, i) => !used.has(i) && (h === 'parentcustomerid' || h === 'parentcustomeridname'));
  if (columns.manager === null && parent >= 0 && pointsAtRows(table, parent, columns)) take('manager', parent);

  // "name" next to "lastName" (as in many HR exports) is the first name.
  if (columns.lastName !== null && columns.firstName === null && columns.name !== null) columns.firstName = columns.name;
  const combineName = columns.firstName !== null && columns.lastName !== null && (columns.name === null || columns.name === columns.firstName);
  const mapping: ColumnMapping = { columns, combineName, managerBy: 'id' };
  return { ...mapping, managerBy: guessManagerBy(table, mapping) };
}

/** Whether most values of a column are the id or the name of another row of the file. */
function pointsAtRows(table: Pick<ImportTable, 'rows'>, column: number, columns: Record<ImportTarget, number | null>): boolean {
  const keys = new Set<string>();
  for (const { cells } of table.rows) {
    if (columns.id !== null) keys.add((cells[columns.id] ?? '').trim());
    if (columns.name !== null) keys.add(nameKey(cells[columns.name] ?? ''));
  }
  const values = table.rows.map(({ cells }) => (cells[column] ?? '').trim()).filter((v) => v !== '');
  const hits = values.filter((v) => keys.has(v) || keys.has(nameKey(v))).length;
  return values.length > 0 && hits * 2 >= values.length;
}

/** The well-known exports a table looks like, to tell the user what was recognised. */
export type TableLayout = 'salesforce' | 'dynamics' | 'orgChart' | 'chinese';

export function recogniseLayout(table: Pick<ImportTable, 'headers'>, mapping: ColumnMapping): TableLayout | null {
  const headers = new Set(table.headers.map(normalizeHeader));
  const has = (...names: string[]) => names.filter((n) => headers.has(n)).length;
  if (has('firstname', 'lastname') === 2 && has('reportstoid', 'accountid', 'mobilephone') > 0 && headers.has('id')) return 'salesforce';
  if (has('fullname', 'jobtitle', 'emailaddress1', 'telephone1', 'parentcustomerid', 'contactid', 'donotmodifycontact') >= 3) return 'dynamics';
  if (mapping.columns.id !== null && mapping.columns.manager !== null && mapping.managerBy === 'id') return 'orgChart';
  const mapped = Object.values(mapping.columns).filter((i): i is number => i !== null);
  if (mapped.filter((i) => HAN.test(table.headers[i] ?? '')).length >= 2) return 'chinese';
  return null;
}

/**
 * Whether the manager column holds ids or names: whichever matches more rows. A file with an
 * employee number and a "direct manager" column of names is common in Chinese HR exports.
 */
export function guessManagerBy(table: Pick<ImportTable, 'rows'>, mapping: ColumnMapping): 'id' | 'name' {
  const { manager, id } = mapping.columns;
  if (id === null) return 'name';
  if (manager === null) return 'id';
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const { cells } of table.rows) {
    ids.add((cells[id] ?? '').trim());
    names.add(nameKey(fullName(cells, mapping)));
  }
  let byId = 0;
  let byName = 0;
  for (const { cells } of table.rows) {
    const value = (cells[manager] ?? '').trim();
    if (value === '') continue;
    if (ids.has(value)) byId++;
    if (names.has(nameKey(value))) byName++;
  }
  return byName > byId ? 'name' : 'id';
}

const HAN = /\p{Script=Han}/u;
/** Collapses runs of spaces and line breaks, and drops control characters, so a cell reads as one line. */
// eslint-disable-next-line no-control-regex
export const cleanCell = (cell: string | undefined) => (cell ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();

/** The person's name from one column, or from first and last name (Chinese names: family name first, no space). */
export function fullName(cells: string[], mapping: ColumnMapping): string {
  const { columns } = mapping;
  if (!mapping.combineName) return columns.name === null ? '' : cleanCell(cells[columns.name]);
  const first = columns.firstName === null ? '' : cleanCell(cells[columns.firstName]);
  const last = columns.lastName === null ? '' : cleanCell(cells[columns.lastName]);
  if (HAN.test(first) && HAN.test(last)) return `${last}${first}`;
  return [first, last].filter(Boolean).join(' ');
}

/** Names compare without case or spacing differences. */
export const nameKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
