// The model types this module's API is written in: `import RuralStatTargets` alone is enough to use it.
@_exported import RuralStatCore
