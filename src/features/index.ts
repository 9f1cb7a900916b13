/** The deck's feature controllers, in the order they are bound. Add new ones here. */
import type { DeckFeature } from '../app.ts';
import { chartTableToggle } from './chart-table.ts';

export const features: readonly DeckFeature[] = [chartTableToggle];
