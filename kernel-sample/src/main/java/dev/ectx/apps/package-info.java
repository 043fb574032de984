/**
 * Sample applications and their userspace library ({@link dev.ectx.apps.Libtock}, after
 * libtock-c and libtock-rs). Everything here runs in context {@code process}: an application
 * reaches the kernel only through the system calls of its {@link dev.ectx.kernel.UserspacePort},
 * and the checker rejects any call from here into {@code kernel} code.
 *
 * <p>Rules of this package: no kernel, capsule or chip object is ever referenced; buffers given
 * to the kernel move ({@code @Unique}) and come back with the next allow; no {@code @Trusted}
 * code.
 */
@DeclareContexts({"kernel", "irq", "process"})
package dev.ectx.apps;

import dev.ectx.annotations.DeclareContexts;
