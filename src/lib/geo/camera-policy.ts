/**
 * How camera traps are generalised, shared by the map layer, the legend and the popup so they
 * cannot disagree. From this zoom on, a 1 km cell is a few hundred pixels: a dot would show the
 * very spot, so the cell stands in for it.
 */
export const CAMERA_GENERALISE_ZOOM = 12;
export const CAMERA_CELL_KM = 1;
export const CAMERA_CELL_LAYER = 'monitoring-camera-cell-fill';
