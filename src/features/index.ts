/** The deck's feature controllers, in the order they are bound. Add new ones here, one line each. */
import type { DeckFeature } from '../app.ts';
import { aspect } from './aspect.ts';
import { blackout } from './blackout.ts';
import { chartTableToggle } from './chart-table.ts';
import { deepLink } from './deep-link.ts';
import { exportMenu } from './export-menu.ts';
import { help } from './help.ts';
import { jump } from './jump.ts';
import { live } from './live/index.ts';
import { keyboard } from './keyboard.ts';
import { partLabel } from './part-label.ts';
import { speakerHostFeature } from './speaker/host.ts';
import { preview } from './speaker/preview.ts';
import { phone } from './phone.ts';
import { share } from './share.ts';
import { slideFonts } from './slide-fonts.ts';
import { toc } from './toc.ts';

export const features: readonly DeckFeature[] = [
  aspect,
  chartTableToggle,
  blackout,
  help,
  toc,
  partLabel,
  keyboard,
  jump,
  speakerHostFeature,
  preview,
  live, // before phone: it takes the presenter key out of the hash phone.ts reads
  deepLink,
  exportMenu,
  share,
  phone,
  slideFonts,
];
