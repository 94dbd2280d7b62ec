package org.factdesk.base.live;

/**
 * What kind of change a {@link LiveChannel.Signal} tells of. Each module names its kinds in an enum that implements
 * this (an enum's {@code name()} is the wire form), so a listener compares with {@link LiveChannel.Signal#is} and a
 * renamed kind fails at compile time instead of going unheard.
 */
public interface LiveKind {

    String name();
}
