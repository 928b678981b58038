<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>RasterDeepLearningProvider</name>
    <message>
        <source>Raster Deep Learning</source>
        <translation>Apprentissage profond raster</translation>
    </message>
</context>
<context>
    <name>RasterDL</name>
    <message>
        <source>Deep learning</source>
        <translation>Apprentissage profond</translation>
    </message>
    <message>
        <source>Query Deep Learning Model Info</source>
        <translation>Interroger les informations d&apos;un modèle d&apos;apprentissage profond</translation>
    </message>
</context>
</TS>
