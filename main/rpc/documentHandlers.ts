import type { HostServices } from '../services/hostServices';
import { openDocument, readDocumentChunk } from '../services/documentReading';
import { attachDocument, cancelUpload, detachDocument, finishUpload, listLibrary, receiveChunk, removeDocument, startUpload } from '../services/documents';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type DocumentHandlers = Pick<Handlers, Extract<keyof Handlers, `documents.${string}`>>;

/** The document library: one line per channel, the rules live in services. */
export function createDocumentHandlers(context: ServiceContext, host: HostServices): DocumentHandlers {
  return {
    'documents.list': (input) => listLibrary(context, input),
    'documents.uploadStart': (input) => startUpload(context, input),
    'documents.uploadChunk': (input) => receiveChunk(context, input),
    'documents.uploadFinish': (input) => finishUpload(context, input),
    'documents.uploadCancel': (input) => cancelUpload(context, input),
    'documents.attach': (input) => attachDocument(context, input),
    'documents.detach': (input) => detachDocument(context, input),
    'documents.remove': (input) => removeDocument(context, input),
    'documents.readChunk': (input) => readDocumentChunk(context, input),
    'documents.open': (input) => openDocument(context, host, input),
  };
}
