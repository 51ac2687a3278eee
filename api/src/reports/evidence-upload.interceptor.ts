import { CallHandler, ExecutionContext, HttpStatus, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import multer, { MulterError } from 'multer';
import type { Observable } from 'rxjs';
import { ApiException } from '../common/errors/api-exception.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/**
 * Reads one multipart field `file` into memory, up to EVIDENCE_MAX_MB; runs after the AccessGuard,
 * so nobody without the right to upload gets their body read. Multer's errors become the API's
 * error shape, naming the field.
 */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly upload;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Browsers send file names as raw UTF-8 in the part header; busboy's default, latin1, would
    // turn `Décret 报告.pdf` into mojibake before it reached us.
    this.upload = multer({ storage: multer.memoryStorage(), defParamCharset: 'utf8', limits: { fileSize: config.evidenceMaxBytes, files: 1, fields: 0, parts: 1 } }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    await new Promise<void>((resolve, reject) => {
      this.upload(http.getRequest(), http.getResponse(), (error: unknown) => (error ? reject(this.describe(error)) : resolve()));
    });
    return next.handle();
  }

  private describe(error: unknown): ApiException {
    if (error instanceof MulterError) {
      if (error.code === 'LIMIT_FILE_SIZE') {
        const limit = `file must be at most ${Math.round(this.config.evidenceMaxBytes / 1024 / 1024)} MB`;
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, limit, [{ field: 'file', message: limit }]);
      }
      const message = `send exactly one file, in the multipart field "file" (${error.message})`;
      return new ApiException(HttpStatus.BAD_REQUEST, message, [{ field: error.field ?? 'file', message }]);
    }
    const message = 'the upload could not be read as multipart/form-data';
    return new ApiException(HttpStatus.BAD_REQUEST, message, [{ field: 'file', message }]);
  }
}
