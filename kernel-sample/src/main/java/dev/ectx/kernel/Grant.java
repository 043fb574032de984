package dev.ectx.kernel;

import dev.ectx.annotations.ExecutionContext;
import dev.ectx.annotations.Unique;

/**
 * A driver's per-process state, after Tock's {@code Grant}: allocated from a process's memory the
 * first time the driver enters it for that process, reclaimed when the process dies or restarts.
 * It also holds the process's upcalls and allowed buffers for the driver.
 *
 * <p>Entering a grant that is already entered (a driver re-entering itself through a callback) is
 * refused with {@link ReturnCode#ALREADY}, so no two bodies ever hold the same state; an id of a
 * dead or restarted process is refused with {@link ReturnCode#INVAL}.
 *
 * @param <T> the driver's per-process state
 */
@ExecutionContext("kernel")
public final class Grant<T> {
  /** Bytes of process memory one region costs (kept below the process's break). */
  static final int REGION_BYTES = 64;

  private final Kernel kernel;
  private final int driverNumber;
  private final int upcalls;
  private final int readOnlyAllows;
  private final int readWriteAllows;
  private final GrantInit<T> init;
  private final GrantRegion<T> @Unique [] regions;

  Grant(
      Kernel kernel,
      int driverNumber,
      int upcalls,
      int readOnlyAllows,
      int readWriteAllows,
      GrantInit<T> init) {
    this.kernel = kernel;
    this.driverNumber = driverNumber;
    this.upcalls = upcalls;
    this.readOnlyAllows = readOnlyAllows;
    this.readWriteAllows = readWriteAllows;
    this.init = init;
    this.regions = newRegions(kernel.processSlots());
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array of this grant's regions only
  private static <T> GrantRegion<T> @Unique [] newRegions(int count) {
    return new GrantRegion[count];
  }

  /** The driver number this grant serves. */
  public int driverNumber() {
    return driverNumber;
  }

  /**
   * Runs {@code body} with the process's state, allocating it on first use.
   *
   * @param process the process
   * @param body the code to run
   * @return {@link ReturnCode#SUCCESS} if the body ran; {@link ReturnCode#INVAL} for a stale or
   *     dead process id; {@link ReturnCode#ALREADY} if this process's region is already entered;
   *     {@link ReturnCode#NOMEM} if the process has no memory left for the region
   */
  public ReturnCode enter(ProcessId process, GrantBody<T> body) {
    Process owner = kernel.processFor(process);
    if (owner == null) {
      return ReturnCode.INVAL;
    }
    GrantRegion<T> region = regionFor(owner);
    if (region == null) {
      return ReturnCode.NOMEM;
    }
    return enterRegion(owner, region, body);
  }

  /**
   * Runs {@code body} for every live process that has a region in this grant, skipping regions
   * already entered.
   *
   * @param body the code to run
   */
  public void each(GrantBody<T> body) {
    for (int index = 0; index < regions.length; index++) {
      GrantRegion<T> region = regions[index];
      Process owner = kernel.processAt(index);
      if (region != null && owner != null && owner.id().identifier() == region.identifier
          && !region.entered) {
        enterRegion(owner, region, body);
      }
    }
  }

  private ReturnCode enterRegion(Process owner, GrantRegion<T> region, GrantBody<T> body) {
    if (region.entered) {
      return ReturnCode.ALREADY;
    }
    region.entered = true;
    try {
      body.apply(region.data, new GrantKernelData(owner, driverNumber, region));
    } finally {
      region.entered = false;
    }
    return ReturnCode.SUCCESS;
  }

  /** The region of a live process, allocated on first use; null when memory ran out. */
  GrantRegion<T> regionFor(Process owner) {
    int index = owner.id().index();
    GrantRegion<T> region = regions[index];
    if (region != null && region.identifier == owner.id().identifier()) {
      return region;
    }
    regions[index] = null;
    if (!owner.allocateGrantMemory(REGION_BYTES)) {
      return null;
    }
    region =
        new GrantRegion<>(
            owner.id().identifier(), init.create(), upcalls, readOnlyAllows, readWriteAllows);
    regions[index] = region;
    return region;
  }

  /** Drops the region of the process in slot {@code index}: it died or restarted. */
  void reclaim(int index) {
    regions[index] = null;
  }

  /** Whether the process in slot {@code index} holds a region (for tests of reclamation). */
  boolean hasRegion(int index) {
    return regions[index] != null;
  }

  int upcallCount() {
    return upcalls;
  }
}
