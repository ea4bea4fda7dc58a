/// An element of a parsed page, as plain Swift values (see `LibXML2.parseHTML`).
///
/// Names of elements and attributes are lower-cased; attribute values and text have their
/// character and entity references decoded.
struct HTMLElement: Sendable, Equatable {
    var name: String
    var attributes: HTMLAttributes = [:]
    var children: [HTMLNode] = []

    /// The value of an attribute, or nil when it is absent.
    subscript(attribute name: String) -> String? { attributes[name] }

    /// The words of `class`, split on whitespace.
    var classNames: [Substring] { attributes.classNames }

    /// Every element below this one, in document order, not including this one.
    var descendants: [HTMLElement] {
        var out: [HTMLElement] = []
        collect(into: &out) { _ in true }
        return out
    }

    /// The elements below this one with the given name, in document order.
    func elements(named name: String) -> [HTMLElement] {
        var out: [HTMLElement] = []
        collect(into: &out) { $0.name == name }
        return out
    }

    /// The first element below this one that passes `test`, in document order.
    func first(where test: (HTMLElement) -> Bool) -> HTMLElement? {
        for child in children {
            guard case .element(let element) = child else { continue }
            if test(element) { return element }
            if let found = element.first(where: test) { return found }
        }
        return nil
    }

    /// All text below this element, exactly as the page holds it (whitespace not collapsed).
    var rawText: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    /// All text below this element with runs of whitespace collapsed to one space and trimmed.
    var text: String { rawText.normalizedSpacing }

    private func collect(into out: inout [HTMLElement], where test: (HTMLElement) -> Bool) {
        for child in children {
            guard case .element(let element) = child else { continue }
            if test(element) { out.append(element) }
            element.collect(into: &out, where: test)
        }
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let text): out += text
            case .element(let element): element.appendText(to: &out)
            }
        }
    }
}

/// A child of an element: another element, or a run of text.
enum HTMLNode: Sendable, Equatable {
    case element(HTMLElement)
    case text(String)
}

extension HTMLElement {
    /// All text below this element except inside the elements `skip` picks, whitespace
    /// collapsed.
    func text(skipping skip: (HTMLElement) -> Bool) -> String {
        var out = ""
        appendText(to: &out, skipping: skip)
        return out.normalizedSpacing
    }

    private func appendText(to out: inout String, skipping skip: (HTMLElement) -> Bool) {
        for child in children {
            switch child {
            case .text(let text): out += text
            case .element(let element): if !skip(element) { element.appendText(to: &out, skipping: skip) }
            }
        }
    }
}
