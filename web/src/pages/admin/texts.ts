/** Every word of the administration page, Indonesian first. */
import { en } from './texts-en.ts';
import { id } from './texts-id.ts';

export const texts = { id, en };
