import type { ErrorRequestHandler } from 'express';
import type { ApiErrorBody, ApiErrorCode } from '../../shared/protocol/api.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;

  constructor(status: number, code: ApiErrorCode, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, 'bad-request', message);
export const unauthorized = (message: string): ApiError => new ApiError(401, 'unauthorized', message);
export const forbidden = (message: string): ApiError => new ApiError(403, 'forbidden', message);
export const notFound = (message: string): ApiError => new ApiError(404, 'not-found', message);

/** Every error leaves as `{ error: { code, message } }`; internals are logged, not sent. */
export function errorHandler(log: (message: string, error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    let status = 500;
    let body: ApiErrorBody = {
      error: { code: 'internal', message: 'Something went wrong on the server; try again.' },
    };
    if (error instanceof ApiError) {
      status = error.status;
      body = { error: { code: error.code, message: error.message } };
    } else if (isBodyParserError(error)) {
      status = error.status;
      body =
        error.type === 'entity.too.large'
          ? { error: { code: 'payload-too-large', message: 'The request body is too large.' } }
          : { error: { code: 'bad-request', message: 'The request body is not valid JSON.' } };
    } else {
      log('unhandled error in /api', error);
    }
    response.status(status).json(body);
  };
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { type?: unknown }).type === 'string'
  );
}
