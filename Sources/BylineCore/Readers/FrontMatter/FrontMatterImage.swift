/// An image listed in a report's front matter (`images:` or `image:`).
struct FrontMatterImage: Equatable, Sendable {
    var src: String?
    var alt: String?
    var caption: String?
    var credit: String?
    /// Where `caption` starts in the file, when the YAML wrote it as a plain one-line value.
    var captionOffset: Int?
}
