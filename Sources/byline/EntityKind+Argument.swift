import ArgumentParser
import BylineCore

/// `--kind person|place|organisation`.
extension Entity.Kind: ExpressibleByArgument {}
