// PNG by rasterising our own SVG in the browser: the picture is exactly the
// SVG export (every edge included), drawn at 1× or 2× on a canvas. No DOM
// screenshot, so nothing depends on what the canvas happens to show.
import type { RenderedSvg } from './svg/svgExport';

// Canvases beyond these fail silently or crash the tab: Chrome stops at 16384
// px a side and ~268 M pixels, Firefox at ~125 M pixels, Safari lower.
const MAX_SIDE = 16_384;
const MAX_PIXELS = 100_000_000;

export class ImageTooLargeError extends Error {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`the image would be ${width} × ${height} pixels, more than a browser can draw`);
  }
}

export const pngSize = (svg: RenderedSvg, scale: number) => ({
  width: Math.ceil(svg.width * scale),
  height: Math.ceil(svg.height * scale),
});

export async function rasteriseSvg(svg: RenderedSvg, scale: number): Promise<Blob> {
  const { width, height } = pngSize(svg, scale);
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS)
    throw new ImageTooLargeError(width, height);
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image(svg.width, svg.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('the browser gave no canvas to draw the image on');
    // Drawn at the target size, the SVG is rendered sharp at 2×, not scaled up from 1×.
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
