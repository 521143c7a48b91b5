package no.helseplan.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The one Immutables style of the project, put on every model package.
 *
 * <p>Accessors are {@code getX()}/{@code isX()} (as in java.time), so Jackson and Hibernate Validator
 * see them without set-up, while JSON names and builder methods stay {@code x}. The generated
 * {@code ImmutableX} class is package-private: users see only the abstract value type {@code X}, its
 * static {@code builder()} and its nested {@code X.Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
public @interface HelseplanStyle {}
