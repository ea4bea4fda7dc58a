import BylineCore

extension JSONValue {
    /// The object with one more key at its end (its other keys and their order unchanged);
    /// anything but an object is returned as it is.
    func adding(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(let pairs) = self else { return self }
        return .object(pairs + [(key, value)])
    }
}
