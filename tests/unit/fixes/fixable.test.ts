// The catalogue's "fixable" flag and the codes fixesFor handles are the same list: the help and docs promise a
// one-click fix exactly where the designer has one.

import { expect, it } from 'vitest';
import { FIXABLE_CODES } from '../../../src/model/fixes';
import { catalogue } from '../../../src/model/validate/catalogue';

it('marks as fixable exactly the codes fixesFor handles', () => {
  expect(catalogue.filter((m) => m.fixable).map((m) => m.code).sort()).toEqual([...FIXABLE_CODES].sort());
});
