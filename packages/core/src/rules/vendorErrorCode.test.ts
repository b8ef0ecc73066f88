import { describe, expect, it } from 'vitest';
import { vendorErrorCode } from './vendorErrorCode.ts';

const codes = {
  byCode: { 404: 'NOT_FOUND' as const, 408: 'TIMEOUT' as const },
  byOperation: { recall: { 404: 'RECALL_NOT_ALLOWED' as const } },
};

describe('vendorErrorCode', () => {
  it('reads a code by the operation first, then in general', () => {
    expect(vendorErrorCode(404, 'recall', codes)).toBe('RECALL_NOT_ALLOWED');
    expect(vendorErrorCode(404, 'pin', codes)).toBe('NOT_FOUND');
    expect(vendorErrorCode(408, 'recall', codes)).toBe('TIMEOUT');
  });

  it('falls back by operation for unknown codes and for none', () => {
    expect(vendorErrorCode(999, 'send', codes)).toBe('SEND_FAILED');
    expect(vendorErrorCode(Number.NaN, 'connect', codes)).toBe('AUTH_FAILED');
    expect(vendorErrorCode(999, 'upload', codes)).toBe('UPLOAD_FAILED');
    expect(vendorErrorCode(999, 'other', codes)).toBe('INTERNAL');
  });
});
