package org.lsst.butlerbrowser.app.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
            converter = FormatConverter.class, description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a format; use text, json or csv");
            }
        }
    }
}
