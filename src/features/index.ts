/** The deck's feature controllers, in the order they are bound. Add new ones here, one line each. */
import type { DeckFeature } from '../app.ts';
import { aspect } from './aspect.ts';
import { chartTableToggle } from './chart-table.ts';

export const features: readonly DeckFeature[] = [aspect, chartTableToggle];
