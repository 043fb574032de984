package dev.ectx.kernel;

/**
 * An upcall queued for a process, after Tock's {@code Task::FunctionCall}: delivered when the
 * process yields, in the order queued.
 *
 * @param driver the driver that scheduled it
 * @param subscribeNumber its subscribe number in that driver
 * @param functionId the process's upcall function, as subscribed
 * @param arg0 first argument
 * @param arg1 second argument
 * @param arg2 third argument
 */
public record Task(
    int driver, int subscribeNumber, int functionId, int arg0, int arg1, int arg2) {}
