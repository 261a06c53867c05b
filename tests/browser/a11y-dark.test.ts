/** axe-core finds no WCAG 2.2 AA violation in the dark colour scheme. */
import { describeAxe } from '../helpers/a11y.ts';

describeAxe('dark');
