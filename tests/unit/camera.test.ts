import type { LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import { LngLatBounds } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { Camera, DURATION, REVEAL_MIN_ZOOM } from '../../src/lib/map/camera';
import { labelReach } from '../../src/lib/map/label-text';

/** Records the camera calls; the view is the box 119–121 E, 29–31 N at zoom 7. */
function fakeMap() {
	return {
		flyTo: vi.fn(),
		easeTo: vi.fn(),
		fitBounds: vi.fn(),
		jumpTo: vi.fn(),
		panBy: vi.fn(),
		isMoving: () => false,
		getZoom: () => 7,
		getBounds: () => new LngLatBounds([119, 29, 121, 31])
	};
}

function setUp(reduced: boolean) {
	const map = fakeMap();
	const camera = new Camera(
		() => map as unknown as MapLibreMap,
		() => reduced
	);
	return { map, camera };
}

const FAR: LngLatLike = [122, 30];
const NEAR: LngLatLike = [120, 30];

describe('Camera', () => {
	it('flies with motion allowed and jumps when the reader prefers reduced motion', () => {
		const moving = setUp(false);
		moving.camera.flyTo(FAR, 11);
		expect(moving.map.flyTo).toHaveBeenCalledWith(
			expect.objectContaining({ center: FAR, zoom: 11, duration: DURATION.fly })
		);
		const still = setUp(true);
		still.camera.flyTo(FAR, 11);
		expect(still.map.flyTo).not.toHaveBeenCalled();
		expect(still.map.jumpTo).toHaveBeenCalledWith({ center: FAR, zoom: 11 });
	});

	it('gives every other move no duration under reduced motion', () => {
		const { map, camera } = setUp(true);
		camera.fitBounds([120, 29, 121, 30], 11);
		camera.reveal(FAR);
		camera.easeTo(FAR, 12);
		camera.panBy([10, 20]);
		for (const call of [
			map.fitBounds.mock.calls[0]![1],
			map.easeTo.mock.calls[0]![0],
			map.easeTo.mock.calls[1]![0]
		])
			expect(call).toMatchObject({ duration: 0 });
		expect(map.panBy.mock.calls[0]![1]).toMatchObject({ duration: 0 });
	});

	it('fits a box with the padding read when the move is planned, and jumps for a first view', () => {
		const map = fakeMap();
		let padding = { top: 10, bottom: 200, left: 10, right: 10 };
		const camera = new Camera(
			() => map as unknown as MapLibreMap,
			() => false,
			() => padding
		);
		camera.fitBounds([120, 29, 121, 30], 11);
		expect(map.fitBounds).toHaveBeenCalledWith(
			[
				[120, 29],
				[121, 30]
			],
			expect.objectContaining({ padding, maxZoom: 11, duration: DURATION.fly })
		);
		padding = { top: 0, bottom: 0, left: 300, right: 0 };
		camera.fitBounds([120, 29, 121, 30], 11, { jump: true });
		expect(map.fitBounds.mock.calls[1]![1]).toMatchObject({ padding, duration: 0 });
	});

	it('leaves a case’s labels room inside the map, and the province overview half of it', () => {
		const map = { ...fakeMap(), getContainer: () => ({ clientWidth: 600, clientHeight: 800 }) };
		const padding = { top: 10, bottom: 10, left: 10, right: 10 };
		const camera = new Camera(
			() => map as unknown as MapLibreMap,
			() => false,
			() => padding
		);
		camera.fitBounds([120, 29, 121, 30], 11);
		const reach = labelReach(false);
		expect(map.fitBounds.mock.calls[0]![1].padding).toEqual({ ...padding, left: reach / 2, right: reach });
		camera.fitBounds([118, 27, 123, 31], 11, { labels: 0.5 });
		expect(map.fitBounds.mock.calls[1]![1].padding).toEqual({
			...padding,
			left: reach / 4,
			right: reach / 2
		});
		camera.fitBounds([118, 27, 123, 31], 11, { labels: 0 });
		expect(map.fitBounds.mock.calls[2]![1].padding).toEqual(padding);
	});

	it('reveals a place only when it is off-screen, zooming in to the minimum', () => {
		const { map, camera } = setUp(false);
		camera.reveal(NEAR);
		expect(map.easeTo).not.toHaveBeenCalled();
		camera.reveal(FAR);
		expect(map.easeTo).toHaveBeenCalledWith(
			expect.objectContaining({ center: FAR, zoom: REVEAL_MIN_ZOOM, duration: DURATION.reveal })
		);
	});

	it('does nothing before the map exists', () => {
		const camera = new Camera(() => undefined);
		expect(() => camera.flyTo(FAR, 9)).not.toThrow();
	});
});
