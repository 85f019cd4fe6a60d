/** Performance marks the popup sets, which the benchmarks read. */

/** The account, its coverage and all its people are on screen. */
export const POPUP_READY = 'rolecall:popup-ready';
