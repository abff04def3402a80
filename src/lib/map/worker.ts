// MapLibre 6 ships its worker as a separate module; without this URL nothing renders and nothing errors.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
