import{r as e,t}from"./chunk-SHT3W25Y.B5-F5GDr.js";import"./chunk-POPQ4Y6H.DeAcUtwT.js";import"./mermaid.core.D6JAvTJo.js";import"./chunk-F27PBJKO.7nEZmdPB.js";import"./chunk-L3NEJ4N5.CXQZqVnm.js";import"./chunk-OSK3NFVY.C4Cv4CzU.js";import"./chunk-GVQU2GXP.CPAVq_Hh.js";import"./chunk-4HAMMTFA.BGB-JmvJ.js";import"./chunk-P2QGCYS3.D1H4Scsk.js";import"./chunk-GMAD6QVW.Bzpgb-NJ.js";import"./chunk-PWAF6VOD.Bm_Oy7RQ.js";import"./chunk-75Z2AOVW.edXH3Psa.js";import"./chunk-DU6HZSFF.CJ8bZS_s.js";import"./d3-selection.Czx28Dpc.js";import{n}from"./chunk-Y2CYZVJY.DsF7k-Jl.js";var r=t({defaultLayout:`swimlane`,styles:n(t=>`${e(t)}
  .swimlane.cluster rect {
    stroke: ${t.clusterBorder} !important;
  }
  [data-look="neo"].cluster rect {
    filter: none;
  }
`,`getStyles`)});export{r as diagram};