package io.dynasql.engine.model;

/**
 * What a stream record carries of the changed item (DynamoDB's StreamViewType): only its key,
 * the item after the change, the item before it, or both.
 */
public enum StreamViewType {
  KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES;

  /** Whether records of this view carry the item after the change. */
  public boolean hasNewImage() {
    return this == NEW_IMAGE || this == NEW_AND_OLD_IMAGES;
  }

  /** Whether records of this view carry the item before the change. */
  public boolean hasOldImage() {
    return this == OLD_IMAGE || this == NEW_AND_OLD_IMAGES;
  }
}
