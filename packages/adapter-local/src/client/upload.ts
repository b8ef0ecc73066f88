import type { FileAttach, SendOptions, SendRequest } from '@parley/core';
import { ChatError } from '@parley/core';
import { isFileType } from '@parley/core/rules';

/** Limits and timing of simulated uploads. */
export interface FileOptions {
  /** Largest file, bytes. Default 100 MiB. */
  maxBytes?: number;
  /**
   * Allowed MIME types; `type/*` matches a whole family. Default: any type, except that
   * image, audio and video messages need a file of their family (or no MIME type).
   */
  allowedTypes?: string[];
  /** Simulated upload time, ms, spread over four progress steps. Default 0. */
  uploadMs?: number;
}

const MAX_BYTES = 100 * 1024 * 1024;
const STEPS = 4;

function matches(mime: string, pattern: string): boolean {
  return pattern.endsWith('/*') ? mime.startsWith(pattern.slice(0, -1)) : mime === pattern;
}

function checkFile(request: SendRequest, file: Blob, options: FileOptions): void {
  const max = options.maxBytes ?? MAX_BYTES;
  if (file.size > max) {
    throw new ChatError('FILE_TOO_LARGE', `The file is larger than ${max} bytes`, {
      details: { size: file.size, max },
    });
  }
  const mime = file.type;
  const family = request.type === 'file' ? '' : `${request.type}/`;
  const allowed = options.allowedTypes;
  const ok =
    (family === '' || mime === '' || mime.startsWith(family)) &&
    (!allowed || allowed.some((p) => matches(mime, p)));
  if (!ok) {
    throw new ChatError('FILE_TYPE_NOT_ALLOWED', `Files of type "${mime}" are not allowed here`, {
      details: { mime, type: request.type },
    });
  }
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const cancelled = () => reject(new ChatError('UPLOAD_CANCELLED', 'The upload was cancelled'));
    if (signal?.aborted) return cancelled();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      cancelled();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A preview URL: an object URL where the platform has them, else a stable local URL. */
function fileUrl(file: Blob, idClient: string): string {
  if (typeof URL.createObjectURL === 'function') return URL.createObjectURL(file);
  return `parley-local://file/${encodeURIComponent(idClient)}`;
}

function givenName(request: SendRequest): string | undefined {
  switch (request.type) {
    case 'image':
    case 'audio':
    case 'video':
    case 'file':
      return request.attach?.name;
    default:
      return undefined;
  }
}

/**
 * Simulates uploading a send request's file: checks limits, reports progress 0..1, honours
 * cancellation, and returns the request with its attachment filled in.
 */
export async function upload(
  request: SendRequest,
  options: SendOptions | undefined,
  files: FileOptions,
): Promise<SendRequest> {
  const { file } = request;
  if (!file || !isFileType(request.type)) return request;
  checkFile(request, file, files);
  const signal = options?.signal;
  options?.onProgress?.(0);
  for (let step = 1; step <= STEPS; step++) {
    await wait((files.uploadMs ?? 0) / STEPS, signal);
    options?.onProgress?.(step / STEPS);
  }
  const base: FileAttach = {
    url: fileUrl(file, request.idClient),
    name: givenName(request) || (file instanceof File ? file.name : 'file'),
    size: file.size,
    mime: file.type || 'application/octet-stream',
  };
  switch (request.type) {
    case 'image':
      return {
        ...request,
        file: undefined,
        attach: { width: 0, height: 0, ...request.attach, ...base },
      };
    case 'audio':
      return { ...request, file: undefined, attach: { dur: 0, ...request.attach, ...base } };
    case 'video':
      return {
        ...request,
        file: undefined,
        attach: { dur: 0, width: 0, height: 0, ...request.attach, ...base },
      };
    case 'file':
      return { ...request, file: undefined, attach: { ...request.attach, ...base } };
    default:
      return request;
  }
}
