// Typed errors of the store layer; the Neo4j executor maps driver error codes onto these.
import { CioGraphError } from '../model/errors';

export class StoreError extends CioGraphError {}
/** The server cannot be reached (wrong address, not started, network). */
export class StoreUnavailableError extends StoreError {}
/** The server refused the credentials. */
export class StoreAuthError extends StoreError {}
/** A uniqueness constraint was violated. */
export class StoreConstraintError extends StoreError {}
/** The dataset is already loaded and `replace` was not asked for. */
export class DatasetExistsError extends StoreError {}
/** The dataset is not in the store. */
export class DatasetMissingError extends StoreError {}
