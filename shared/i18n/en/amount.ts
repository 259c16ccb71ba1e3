/** English strings of the amount field (components/AmountInput), for every amount typed in the app. */
export const amount = {
  understood: 'Understood as {{value}}',
  placeholder: 'e.g. 12,000,000 or 12m',
  errors: {
    not_a_number: 'Not an amount. Write it as 12,000,000, 12m, 3.5bn, 1000万 or 1.2亿.',
    negative: 'An amount cannot be negative.',
    too_large: 'That is more than {{max}}.',
  },
};
