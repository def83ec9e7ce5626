import type { IncomingMessage, ServerResponse } from "node:http";
import type { DestinationStream, Logger } from "pino";

export function accessLogger(level?: string, destination?: DestinationStream): Logger;
export function logWhenAnswered(logger: Logger, req: IncomingMessage, res: ServerResponse): void;
