/// Reads an image's caption from `<figure>`, `<img alt>` and `<figcaption>`, with the photo
/// credit taken from a `credit`/`caption-credit` element or from a trailing bracket.
enum FigureCaption {
    /// The caption of a `<figure>`, or nil when it holds no image and no caption (a figure
    /// used for a pull quote or a chart is then read as ordinary story).
    static func read(figure: HTMLElement) -> FoundCaption? {
        let image = figure.first { $0.name == "img" }
        let figcaption = figure.first { $0.name == "figcaption" } ?? figure.first(where: isCaption)
        guard image != nil || figcaption != nil else { return nil }
        let credits = figure.descendants.filter(isCredit).map { $0.text }.filter { !$0.isEmpty }
        var text = figcaption?.text(skipping: { isCredit($0) || PageFurniture.isFurniture($0) }) ?? ""
        var credit = credits.first
        if credit == nil { (text, credit) = CaptionCredit.split(text) }
        return FoundCaption(alt: image?[attribute: "alt"], text: text, credit: credit, image: image.flatMap(address(of:)))
    }

    /// A caption for a lone `<figcaption>` or an `<img>` outside any figure.
    static func read(loose element: HTMLElement) -> FoundCaption? {
        if element.name == "img" {
            guard let alt = element[attribute: "alt"]?.normalizedSpacing, !alt.isEmpty,
                  element[attribute: "role"] != "presentation" else { return nil }
            return FoundCaption(alt: alt, text: "", credit: nil, image: address(of: element))
        }
        let credit = element.descendants.first(where: isCredit)?.text
        var text = element.text(skipping: { isCredit($0) || PageFurniture.isFurniture($0) })
        var split: String?
        if credit == nil { (text, split) = CaptionCredit.split(text) }
        return FoundCaption(alt: nil, text: text, credit: credit ?? split, image: nil)
    }

    /// An element standing in for `<figcaption>` on pages that do not use it:
    /// `<p class="image-caption">`, `<div class="wp-caption-text">`.
    static func isCaption(_ element: HTMLElement) -> Bool {
        element.classNames.contains { PageFurniture.words(of: $0).contains("caption") } && !isCredit(element)
    }

    /// `<span class="credit">`, `<small class="caption-credit">`, `itemprop="copyrightHolder"`.
    static func isCredit(_ element: HTMLElement) -> Bool {
        if let itemprop = element[attribute: "itemprop"]?.lowercased(),
           ["copyrightholder", "credittext", "copyrightnotice"].contains(itemprop) { return true }
        return element.classNames.contains { name in
            PageFurniture.words(of: name).contains { ["credit", "credits", "copyright", "photographer"].contains($0) }
        }
    }

    /// The image's address; lazy-loading pages keep it in `data-src` and a placeholder in `src`.
    private static func address(of image: HTMLElement) -> String? {
        let lazy = image[attribute: "data-src"] ?? image[attribute: "data-original"]
        let src = image[attribute: "src"]
        if let lazy, src == nil || src?.hasPrefix("data:") == true { return lazy }
        return src ?? lazy
    }
}
