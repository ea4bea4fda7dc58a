extension Article {
    /// The report in the shape `byline show --json` prints; key names and order are a contract
    /// that scripts rely on.
    public var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("path", .string(path)),
            ("format", .string(format.rawValue)),
            ("title", .string(title)),
            ("title_derived", .bool(titleDerived)),
            ("date", .optional(date?.iso)),
            ("date_text", .optional(dateText)),
            ("byline", .optional(byline)),
            ("source", .optional(source)),
            ("dateline", .optional(dateline)),
            ("blocks", .array(blocks.map { .object([("kind", .string($0.kind.rawValue)), ("text", .string($0.text))]) })),
            ("captions", .array(captions.map {
                .object([("alt", .optional($0.alt)), ("text", .string($0.text)), ("credit", .optional($0.credit))])
            })),
            ("entities", .array(entities.map {
                .object([
                    ("name", .string($0.name)),
                    ("kind", .string($0.kind.rawValue)),
                    ("aliases", .array($0.aliases.map(JSONValue.string))),
                    ("role", .optional($0.role)),
                    ("mentions", .int($0.mentions.count)),
                ])
            })),
            ("quotes", .array(quotes.map { .object([("speaker", .optional($0.speaker)), ("text", .string($0.text))]) })),
            ("warnings", .array(warnings.map(JSONValue.string))),
        ])
    }
}
