// The model types this module's API is written in: `import RuralStatIncome` alone is enough to use it.
@_exported import RuralStatCore
