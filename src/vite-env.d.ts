/// <reference types="vite/client" />

/** The deck's settings module, from the project root (slides/settings.ts, or DECK_DIR's): vite.config.ts defines it. */
declare const __DECK_SETTINGS_FILE__: string;
