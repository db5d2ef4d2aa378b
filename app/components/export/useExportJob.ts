import { useCallback, useEffect, useRef, useState } from 'react';
import {
  ExportFailure,
  type ExportReply,
  type ExportRequest,
  type ExportResult,
} from './exportJob';

/** Frames encoded so far of a GIF on its way, or null when none is. */
export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Pictures are drawn in a worker, one at a time, so that a 64 × 64 animation never holds up
 * the page: `start` resolves with the file (null when cancelled or replaced), `cancel` ends
 * the worker at once, `progress` follows a GIF's frames.
 */
export function useExportJob() {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const job = useRef<{ worker: Worker; settle: (result: ExportResult | null) => void } | null>(
    null,
  );
  const cancel = useCallback(() => {
    job.current?.worker.terminate();
    job.current?.settle(null);
    job.current = null;
    setProgress(null);
  }, []);
  useEffect(() => cancel, [cancel]);
  const start = useCallback(
    (request: ExportRequest) => {
      cancel();
      return new Promise<ExportResult | null>((resolve, reject) => {
        const worker = new Worker(new URL('./export.worker.ts', import.meta.url), {
          type: 'module',
          name: 'export',
        });
        job.current = { worker, settle: resolve };
        const end = () => {
          worker.terminate();
          job.current = null;
          setProgress(null);
        };
        worker.onmessage = (event: MessageEvent<ExportReply>) => {
          const reply = event.data;
          if (reply.type === 'progress') setProgress({ done: reply.done, total: reply.total });
          else if (reply.type === 'done') {
            end();
            resolve(reply);
          } else {
            end();
            reject(
              reply.reason
                ? new ExportFailure(reply.reason, reply.message)
                : new Error(reply.message),
            );
          }
        };
        worker.onerror = (event) => {
          end();
          reject(
            event.message
              ? new Error(event.message)
              : new ExportFailure('workerStopped', 'the worker stopped'),
          );
        };
        worker.postMessage(request);
      });
    },
    [cancel],
  );
  return { progress, start, cancel };
}
