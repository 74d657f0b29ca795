/**
 * Fired on the static picture when its drawing was replaced (by its language's, or redrawn for a date), so
 * that what marks it (its date: date-mark.ts) can mark it again. A module of its own: the picture's language
 * swap, which loads before the app, needs only this name.
 */
export const PICTURE_CHANGED = "aim-picture-changed";
