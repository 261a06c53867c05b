/** axe-core finds no WCAG 2.2 AA violation in the light colour scheme. */
import { describeAxe } from '../helpers/a11y.ts';

describeAxe('light');
