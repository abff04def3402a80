/** Paints a figure's layout on a 2D canvas: the map image, then the type and marks laid out over and around it. */
import type { FigureLayout } from './layout';
import type { Swatch } from './legend';

/** The page's own font stack (app.css): the figure reads like the atlas, in whatever CJK font the system has. */
export const FIGURE_FONT =
	"system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const fontOf = (size: number, bold = false) => `${bold ? '600 ' : ''}${size}px ${FIGURE_FONT}`;

export function drawFigure(ctx: CanvasRenderingContext2D, layout: FigureLayout, mapImage: CanvasImageSource) {
	ctx.textBaseline = 'top';
	for (const item of layout.items) {
		switch (item.kind) {
			case 'rect':
				ctx.fillStyle = item.fill;
				ctx.fillRect(item.x, item.y, item.w, item.h);
				break;
			case 'map':
				ctx.drawImage(mapImage, item.x, item.y, item.w, item.h);
				break;
			case 'text':
				ctx.font = fontOf(item.size, item.bold);
				ctx.fillStyle = item.color;
				// Half the leading above the glyphs, so a line sits in the middle of its box.
				ctx.fillText(item.text, item.x, item.y + item.size * 0.175);
				break;
			case 'swatch':
				swatch(ctx, item.swatch, item.x, item.y, item.w, item.h);
				break;
			case 'scalebar': {
				const half = item.w / 2;
				ctx.fillStyle = '#1d1d1d';
				ctx.fillRect(item.x, item.y, half, item.h);
				ctx.fillStyle = '#ffffff';
				ctx.fillRect(item.x + half, item.y, half, item.h);
				ctx.strokeStyle = '#1d1d1d';
				ctx.lineWidth = Math.max(1, item.h / 5);
				ctx.strokeRect(item.x, item.y, item.w, item.h);
				break;
			}
			case 'north':
				ctx.fillStyle = '#1d1d1d';
				ctx.beginPath();
				ctx.moveTo(item.x + item.w / 2, item.y);
				ctx.lineTo(item.x + item.w, item.y + item.h);
				ctx.lineTo(item.x + item.w / 2, item.y + item.h * 0.75);
				ctx.lineTo(item.x, item.y + item.h);
				ctx.closePath();
				ctx.fill();
				break;
		}
	}
}

function swatch(ctx: CanvasRenderingContext2D, s: Swatch, x: number, y: number, w: number, h: number) {
	ctx.save();
	ctx.setLineDash([]);
	ctx.lineWidth = Math.max(1, h / 5);
	if (s.kind === 'dot') {
		ctx.fillStyle = s.color;
		ctx.strokeStyle = '#ffffff';
		ctx.beginPath();
		ctx.arc(x + w / 2, y + h / 2, h / 2, 0, 2 * Math.PI);
		ctx.fill();
		ctx.stroke();
	} else if (s.kind === 'line') {
		ctx.strokeStyle = s.color;
		if (s.dashed) ctx.setLineDash([h / 2, h / 3]);
		ctx.beginPath();
		ctx.moveTo(x, y + h / 2);
		ctx.lineTo(x + w, y + h / 2);
		ctx.stroke();
	} else {
		ctx.globalAlpha = 0.35;
		ctx.fillStyle = s.color;
		ctx.fillRect(x, y, w, h);
		ctx.globalAlpha = 1;
		ctx.strokeStyle = s.color;
		if (s.dashed) ctx.setLineDash([h / 3, h / 4]);
		ctx.strokeRect(x, y, w, h);
	}
	ctx.restore();
}
