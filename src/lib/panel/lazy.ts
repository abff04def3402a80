/** The panel's own chunk (SidePanel.svelte): App imports it dynamically so the first chunk is the map's. */
export { default as SidePanel } from './SidePanel.svelte';
export { default as SearchBox } from './SearchBox.svelte';
