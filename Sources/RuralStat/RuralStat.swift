// The umbrella module: `import RuralStat` brings in every part of the toolkit.
// Each part can also be imported on its own (`import RuralStatIncome`, …).
@_exported import RuralStatCharts
@_exported import RuralStatCore
@_exported import RuralStatData
@_exported import RuralStatEmployment
@_exported import RuralStatGuarantees
@_exported import RuralStatForecast
@_exported import RuralStatIncome
@_exported import RuralStatLinearAlgebra
@_exported import RuralStatPresentation
@_exported import RuralStatRegression
@_exported import RuralStatReport
@_exported import RuralStatRisk
@_exported import RuralStatSynth
@_exported import RuralStatTargets
@_exported import RuralStatText
