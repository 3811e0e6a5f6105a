package org.hatecrime.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the platform once per test JVM, before the first test class that needs it, and stops it
 * when the whole run ends: the platform lives in the root context's store, which JUnit closes
 * after the last test (also when tests failed). A JVM shutdown hook stops it as well when the
 * run is interrupted. Injects {@link LocalPlatform} into constructors and methods.
 */
public final class PlatformExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlatformExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    private static LocalPlatform platform(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(RunningPlatform.class, key -> new RunningPlatform(), RunningPlatform.class)
                .get();
    }

    /**
     * Holds the platform for the run. A failed start is remembered, so later test classes fail
     * at once with the same cause instead of starting the platform again.
     */
    static final class RunningPlatform implements AutoCloseable {

        private LocalPlatform platform;
        private RuntimeException failure;

        synchronized LocalPlatform get() {
            if (failure != null) {
                throw new IllegalStateException("The platform could not be started (see the first failure): "
                        + firstLine(failure.getMessage()), failure);
            }
            if (platform == null) {
                try {
                    platform = LocalPlatform.start();
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            return platform;
        }

        @Override
        public synchronized void close() {
            if (platform != null) {
                platform.close();
            }
        }

        private static String firstLine(String message) {
            return message == null ? "" : message.lines().findFirst().orElse("");
        }
    }
}
