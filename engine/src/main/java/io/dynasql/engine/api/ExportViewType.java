package io.dynasql.engine.api;

/** What an incremental export writes for each changed item: the new image only, or both. */
public enum ExportViewType { NEW_IMAGE, NEW_AND_OLD_IMAGES }
