<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>RasterDL</name>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>pixel classification</source>
        <translation>Pixelklassifikation</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="43"/>
        <source>object classification</source>
        <translation>Objektklassifikation</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>object detection</source>
        <translation>Objekterkennung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="45"/>
        <source>instance segmentation</source>
        <translation>Instanzsegmentierung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="46"/>
        <source>change detection</source>
        <translation>Änderungserkennung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="47"/>
        <source>super resolution</source>
        <translation>Superauflösung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="48"/>
        <source>image translation</source>
        <translation>Bildübersetzung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="49"/>
        <source>pixel regression</source>
        <translation>Pixelregression</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="50"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="68"/>
        <source>an Esri model definition (.emd), a deep-learning package (.dlpk), a bare ONNX model (.onnx; settings from its Deepness/GeoDeep metadata, or inferred from its input and output shapes) or a model definition as a JSON string. Python code inside a .dlpk is never run.</source>
        <translation>eine Esri-Modelldefinition (.emd), ein Deep-Learning-Paket (.dlpk), ein reines ONNX-Modell (.onnx; Einstellungen aus seinen Deepness/GeoDeep-Metadaten oder aus seinen Ein- und Ausgabeformen abgeleitet) oder eine Modelldefinition als JSON-Zeichenkette. Python-Code in einem .dlpk wird nie ausgeführt.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="91"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="91"/>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="141"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="148"/>
        <source>The disk is full: cannot write &apos;{0}&apos; ({1}). Free some space or choose another folder.</source>
        <translation>Der Datenträger ist voll: „{0}“ kann nicht geschrieben werden ({1}). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="151"/>
        <source>Cannot read or write &apos;{0}&apos;: {1}.</source>
        <translation>„{0}“ kann nicht gelesen oder geschrieben werden: {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/chip_footprints.py" line="82"/>
        <source>Could not write the chip footprint of {0}.</source>
        <translation>Der Umriss des Bildausschnitts {0} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="65"/>
        <source>Classify Objects Using Deep Learning</source>
        <translation>Objekte mit Deep Learning klassifizieren</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="69"/>
        <source>Runs an ONNX image classifier on a raster and gives every input feature a class label, e.g. buildings labelled damaged or undamaged from post-disaster imagery.</source>
        <translation>Wendet einen ONNX-Bildklassifikator auf ein Raster an und gibt jedem Eingabeobjekt eine Klassenbezeichnung, z. B. Gebäude, die anhand von Bildern nach einer Katastrophe als beschädigt oder unbeschädigt beschriftet werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="73"/>
        <source>One chip per feature: with the model&apos;s CropSizeFixed = 1 a window of the model&apos;s image size centred on the feature, with 0 the feature&apos;s bounding box resized to the model input; points always get the fixed window and lines their bounding box. BlackenAroundFeature = 1 sets pixels outside a polygon to 0. Features in another CRS are reprojected to the raster&apos;s.</source>
        <translation>Ein Bildausschnitt pro Objekt: Mit CropSizeFixed = 1 im Modell ein Fenster in der Bildgröße des Modells, zentriert auf dem Objekt; mit 0 das umgebende Rechteck des Objekts, auf die Modelleingabe skaliert; Punkte erhalten immer das feste Fenster und Linien ihr umgebendes Rechteck. BlackenAroundFeature = 1 setzt Pixel außerhalb eines Polygons auf 0. Objekte in einem anderen KBS werden in das KBS des Rasters umprojiziert.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="79"/>
        <source>Without input features each image is classified whole: a georeferenced image gives one feature with its footprint, an image without georeference a row without geometry; the Image field holds its name.</source>
        <translation>Ohne Eingabeobjekte wird jedes Bild als Ganzes klassifiziert: Ein georeferenziertes Bild ergibt ein Objekt mit seiner Grundfläche, ein Bild ohne Georeferenzierung eine Zeile ohne Geometrie; das Feld Image enthält seinen Namen.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="87"/>
        <source>a feature is classified on every raster it overlaps, one row per raster, named in the Image field.</source>
        <translation>Ein Objekt wird auf jedem Raster klassifiziert, das es überlappt, mit je einer Zeile pro Raster, dessen Name im Feld Image steht.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="93"/>
        <source>batch_size (chips per model run; default the model&apos;s, else 4), test_time_augmentation (default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE) and score_threshold (minimum confidence, 0-1: below it the label and value stay empty while the confidence is still written; default the model&apos;s, else 0.5)</source>
        <translation>batch_size (Bildausschnitte pro Modellaufruf; Standard: der Wert des Modells, sonst 4), test_time_augmentation (Standard false; true führt 8 Spiegelungen und Drehungen in MAP_SPACE, 2 in PIXEL_SPACE zusammen) und score_threshold (Mindestkonfidenz, 0-1: darunter bleiben Bezeichnung und Wert leer, die Konfidenz wird dennoch geschrieben; Standard: der Wert des Modells, sonst 0.5)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="103"/>
        <source>The raster to read the chips from: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens with a fixed size (not a web layer).</source>
        <translation>Das Raster, aus dem die Bildausschnitte gelesen werden: GeoTIFF, VRT, GeoPackage-Raster oder jedes andere Raster fester Größe, das QGIS öffnet (kein Weblayer).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="107"/>
        <source>Optional. Points, lines or polygons in any CRS (reprojected to the raster&apos;s), one chip each. Features outside the raster keep an empty label and are counted in the log; an empty layer gives an empty output and a warning. Without features each image is classified whole.</source>
        <translation>Optional. Punkte, Linien oder Polygone in beliebigem KBS (in das KBS des Rasters umprojiziert), je ein Bildausschnitt. Objekte außerhalb des Rasters behalten eine leere Bezeichnung und werden im Protokoll gezählt; ein leerer Layer ergibt eine leere Ausgabe und eine Warnung. Ohne Objekte wird jedes Bild als Ganzes klassifiziert.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="112"/>
        <source>Name of the field that receives the class name (default ClassLabel). A field of that name in the input features is reused when it holds text; one of another type is an error.</source>
        <translation>Name des Feldes, das den Klassennamen erhält (Standard ClassLabel). Ein Feld dieses Namens in den Eingabeobjekten wird weiterverwendet, wenn es Text enthält; eines anderen Typs ist ein Fehler.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="116"/>
        <source>The input geometry and attributes plus the label field (class name), Confidence (0-1) and ClassValue; an Image field names the raster without input features or with processing mode 1.</source>
        <translation>Die Geometrie und die Attribute der Eingabe sowie das Bezeichnungsfeld (Klassenname), Confidence (0-1) und ClassValue; ein Feld Image nennt das Raster, wenn es keine Eingabeobjekte gibt oder beim Verarbeitungsmodus 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="124"/>
        <source>The classified features.</source>
        <translation>Die klassifizierten Objekte.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="132"/>
        <source>Input features (points, lines or polygons)</source>
        <translation>Eingabeobjekte (Punkte, Linien oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="138"/>
        <source>Class label field</source>
        <translation>Feld für die Klassenbezeichnung</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="141"/>
        <source>Classified objects</source>
        <translation>Klassifizierte Objekte</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="188"/>
        <source>No label</source>
        <translation>Keine Bezeichnung</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="200"/>
        <source>The input feature layer is empty: the output layer is empty too.</source>
        <translation>Der Eingabe-Objektlayer ist leer: Der Ausgabelayer ist ebenfalls leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="230"/>
        <source>The input features already have a field &apos;{0}&apos; of type {1}: choose another class label field name, or rename that field.</source>
        <translation>Die Eingabeobjekte haben bereits ein Feld „{0}“ vom Typ {1}: Wählen Sie einen anderen Namen für das Klassenbezeichnungsfeld oder benennen Sie dieses Feld um.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="263"/>
        <source>{0}: {1} ({2:.2f})</source>
        <translation>{0}: {1} ({2:.2f})</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="303"/>
        <source>0 of {0} rows labelled: no feature overlaps the imagery. Check that the features and the raster cover the same place (and their coordinate reference systems).</source>
        <translation>0 von {0} Zeilen beschriftet: Kein Objekt überlappt die Bilddaten. Prüfen Sie, ob die Objekte und das Raster dasselbe Gebiet abdecken (und ihre Koordinatenbezugssysteme).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="309"/>
        <source>{0} of {1} rows labelled.</source>
        <translation>{0} von {1} Zeilen beschriftet.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="325"/>
        <source>{0} features lie outside &apos;{1}&apos; and keep an empty label.</source>
        <translation>{0} Objekte liegen außerhalb von „{1}“ und behalten eine leere Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="336"/>
        <source>CLUSTER reads georeferenced rasters, and &apos;{0}&apos; has no coordinate reference system: georeference it, or leave CLUSTER empty to classify it here.</source>
        <translation>CLUSTER liest georeferenzierte Raster, und &apos;{0}&apos; hat kein Koordinatenbezugssystem: georeferenzieren Sie es, oder lassen Sie CLUSTER leer, um es hier zu klassifizieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="364"/>
        <source>{0} features in {1} parts go to the cluster; progress counts finished parts.</source>
        <translation>{0} Objekte in {1} Teilen gehen an den Cluster; der Fortschritt zählt die fertigen Teile.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="369"/>
        <source>The object classification was cancelled.</source>
        <translation>Die Objektklassifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="373"/>
        <source>{0} parts ran on {1} workers: {2} chips in {3:.1f} s; model time {4:.1f} s.</source>
        <translation>{0} Teile liefen auf {1} Workern: {2} Bildausschnitte in {3:.1f} s; Modellzeit {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="379"/>
        <source>{0} parts ran again to read the model outputs as the first chips of the run decided ({1}): their own first chips had decided otherwise.</source>
        <translation>{0} Teile liefen erneut, um die Modellausgaben so zu lesen, wie die ersten Bildausschnitte des Laufs entschieden ({1}): ihre eigenen ersten Bildausschnitte hatten anders entschieden.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="70"/>
        <source>Classify Pixels Using Deep Learning</source>
        <translation>Pixel mit Deep Learning klassifizieren</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="74"/>
        <source>Runs a pixel-classification (segmentation) ONNX model over a raster of any size and writes a classified raster whose pixels hold the model&apos;s class values, styled with the class names and colours (colour table, raster attribute table and a .qml style), and optionally a probability raster (one float32 band per class).</source>
        <translation>Wendet ein ONNX-Modell zur Pixelklassifikation (Segmentierung) auf ein Raster beliebiger Größe an und schreibt ein klassifiziertes Raster, dessen Pixel die Klassenwerte des Modells enthalten, gestaltet mit den Klassennamen und -farben (Farbtabelle, Rasterattributtabelle und ein .qml-Stil), und optional ein Wahrscheinlichkeitsraster (ein float32-Kanal pro Klasse).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="80"/>
        <source>The raster is processed in tiles of tile_size pixels (N for square tiles, or W,H for width and height, written WxH on the qgis_process command line: a model trained on 800 x 608 images takes 800,608, its default) read with padding pixels of context on each side; neighbouring tiles overlap by twice the padding and their predictions are blended with a smooth window, so no seam shows. Tiles at the right and bottom edges extend past the raster: the missing pixels are filled with 0 and never written. The output is the same whatever the batch size.</source>
        <translation>Das Raster wird in Kacheln von tile_size Pixeln verarbeitet (N für quadratische Kacheln oder W,H für Breite und Höhe, auf der Befehlszeile von qgis_process als WxH geschrieben: Ein auf Bildern von 800 x 608 trainiertes Modell nimmt 800,608, seinen Standardwert), die mit padding Pixeln Kontext auf jeder Seite gelesen werden; benachbarte Kacheln überlappen sich um den doppelten Rand, und ihre Vorhersagen werden mit einem weichen Fenster überblendet, sodass keine Naht sichtbar ist. Kacheln am rechten und unteren Rand ragen über das Raster hinaus: Die fehlenden Pixel werden mit 0 gefüllt und nie geschrieben. Das Ergebnis ist bei jeder Batchgröße dasselbe.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="89"/>
        <source>The output is written to a temporary file and moved in place only when the run succeeds: a cancelled or failed run leaves nothing behind and never replaces an existing file. The log names the execution provider and the throughput (tiles/s).</source>
        <translation>Die Ausgabe wird in eine temporäre Datei geschrieben und erst bei erfolgreichem Lauf an ihren Platz verschoben: Ein abgebrochener oder fehlgeschlagener Lauf hinterlässt nichts und ersetzt nie eine vorhandene Datei. Das Protokoll nennt den Ausführungsprovider und den Durchsatz (Kacheln/s).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="97"/>
        <source>each raster is classified into &lt;output&gt;_&lt;input name&gt; beside the classified raster (and into &lt;probability raster&gt;_&lt;input name&gt; when a probability raster is given).</source>
        <translation>Jedes Raster wird nach &lt;Ausgabe&gt;_&lt;Eingabename&gt; neben dem klassifizierten Raster klassifiziert (und nach &lt;Wahrscheinlichkeitsraster&gt;_&lt;Eingabename&gt;, wenn ein Wahrscheinlichkeitsraster angegeben ist).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="103"/>
        <source>padding (pixels of context read on each side of a tile; default the model&apos;s, else a quarter of the tile size), batch_size (tiles per model run; default the model&apos;s, else 4), predict_background (false: class 0 never wins; default false for an Esri model listing two or more classes, none of Value 0, as ArcGIS Pro does, else true), test_time_augmentation (default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, max or min: how test-time augmentation merges the predictions; default mean), tile_size (pixels; default the model&apos;s tile size), threshold (minimum probability of the winning class, below which a pixel gets the background class or nodata; for two-class and sigmoid models the probability of class 1; default the model&apos;s, else 0.5 with two classes and 0 with more) and return_probability_raster (default false; true also writes the probabilities into &lt;output&gt;_probabilities.tif when no probability raster is given); for a model with several outputs, output_index (default 0) picks the output to classify. Channels in [0, 1] that do not sum to 1 are independent probabilities: each is thresholded (0.5 when threshold is 0), the best above it wins, the background where none is.</source>
        <translation>padding (Pixel Kontext, die auf jeder Seite einer Kachel gelesen werden; Standard: der Wert des Modells, sonst ein Viertel der Kachelgröße), batch_size (Kacheln pro Modellaufruf; Standard: der Wert des Modells, sonst 4), predict_background (false: Klasse 0 gewinnt nie; Standard false bei einem Esri-Modell, das zwei oder mehr Klassen auflistet, keine davon mit Value 0, wie in ArcGIS Pro, sonst true), test_time_augmentation (Standard false; true führt 8 Spiegelungen und Drehungen in MAP_SPACE, 2 in PIXEL_SPACE zusammen), merge_policy (mean, max oder min: wie die Test-Time-Augmentation die Vorhersagen zusammenführt; Standard mean), tile_size (Pixel; Standard: die Kachelgröße des Modells), threshold (Mindestwahrscheinlichkeit der gewinnenden Klasse, unterhalb derer ein Pixel die Hintergrundklasse oder NoData erhält; bei Zwei-Klassen- und Sigmoid-Modellen die Wahrscheinlichkeit der Klasse 1; Standard: der Wert des Modells, sonst 0.5 bei zwei Klassen und 0 bei mehr) und return_probability_raster (Standard false; true schreibt die Wahrscheinlichkeiten zusätzlich in &lt;output&gt;_probabilities.tif, wenn kein Wahrscheinlichkeitsraster angegeben ist); bei einem Modell mit mehreren Ausgaben wählt output_index (Standard 0) die zu klassifizierende Ausgabe. Kanäle in [0, 1], deren Summe nicht 1 ist, sind unabhängige Wahrscheinlichkeiten: Jeder wird mit einem Schwellenwert verglichen (0.5, wenn threshold 0 ist), der beste darüber gewinnt, wo keiner darüber liegt, der Hintergrund.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="123"/>
        <source>Optional. Only the part of the raster inside this extent is classified, and the output covers that part only (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Optional. Nur der Teil des Rasters innerhalb dieser Ausdehnung wird klassifiziert, und die Ausgabe deckt nur diesen Teil ab (nach außen an den Pixeln des Rasters ausgerichtet); für einen Weblayer erforderlich. Standard: das ganze Raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="128"/>
        <source>Optional. The cell size to read the input at, in its map units. Empty (default): the input&apos;s own cell size, unless the model states the cell size it was trained at and the input&apos;s differs: then the input is read at that size on the ground (in EPSG:3857 metres / cos(latitude)); web layers are read at it, or at their finest zoom when the model states none. The log says at which cell size, ground distance and web-map zoom. The result is always written on the input&apos;s grid.</source>
        <translation>Optional. Die Zellengröße, mit der die Eingabe gelesen wird, in ihren Karteneinheiten. Leer (Standard): die eigene Zellengröße der Eingabe, außer wenn das Modell die Zellengröße angibt, mit der es trainiert wurde, und die der Eingabe davon abweicht: Dann wird die Eingabe mit dieser Größe am Boden gelesen (in EPSG:3857-Metern / cos(Breitengrad)); Weblayer werden mit dieser Größe gelesen oder, wenn das Modell keine angibt, mit ihrer feinsten Zoomstufe. Das Protokoll nennt die Zellengröße, die Bodendistanz und die Webkarten-Zoomstufe. Das Ergebnis wird immer auf das Gitter der Eingabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="136"/>
        <source>Optional. Only pixels inside these polygons are classified; outside them, and where the input is nodata, the output is nodata.</source>
        <translation>Optional. Nur Pixel innerhalb dieser Polygone werden klassifiziert; außerhalb davon und wo die Eingabe NoData ist, ist die Ausgabe NoData.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="140"/>
        <source>The classified raster: a GeoTIFF (tiled, DEFLATE) holding the model&apos;s class values in the smallest integer type that holds them, with a colour table, a raster attribute table (Value/Class/Red/Green/Blue) and a .qml style beside it.</source>
        <translation>Das klassifizierte Raster: ein GeoTIFF (gekachelt, DEFLATE) mit den Klassenwerten des Modells im kleinsten Ganzzahltyp, der sie fasst, mit Farbtabelle, Rasterattributtabelle (Value/Class/Red/Green/Blue) und einem .qml-Stil daneben.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="145"/>
        <source>Optional, not created by default. A GeoTIFF with one float32 band per class, holding the probability of that class.</source>
        <translation>Optional, standardmäßig nicht erstellt. Ein GeoTIFF mit einem float32-Kanal pro Klasse, der die Wahrscheinlichkeit dieser Klasse enthält.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="153"/>
        <source>The classified raster (the first one with processing mode 1).</source>
        <translation>Das klassifizierte Raster (beim Verarbeitungsmodus 1 das erste).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="154"/>
        <source>The probability raster, when one was asked for.</source>
        <translation>Das Wahrscheinlichkeitsraster, falls eines angefordert wurde.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="155"/>
        <source>Every classified raster written, separated by semicolons.</source>
        <translation>Alle geschriebenen klassifizierten Raster, durch Semikolons getrennt.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="156"/>
        <source>The onnxruntime execution provider that ran the model.</source>
        <translation>Der onnxruntime-Ausführungsprovider, der das Modell ausgeführt hat.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="164"/>
        <location filename="../algorithms/detect_objects.py" line="199"/>
        <location filename="../algorithms/export_training_data.py" line="285"/>
        <source>Processing extent</source>
        <translation>Verarbeitungsausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="168"/>
        <source>Cell size (empty: input&apos;s, or the model&apos;s training cell size)</source>
        <translation>Zellengröße (leer: die der Eingabe oder die Trainingszellengröße des Modells)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="176"/>
        <location filename="../algorithms/detect_objects.py" line="203"/>
        <location filename="../algorithms/export_training_data.py" line="272"/>
        <source>Mask polygons</source>
        <translation>Maskenpolygone</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="179"/>
        <source>Classified raster</source>
        <translation>Klassifiziertes Raster</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="183"/>
        <source>Probability raster</source>
        <translation>Wahrscheinlichkeitsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="189"/>
        <source>Classified rasters written</source>
        <translation>Geschriebene klassifizierte Raster</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="190"/>
        <source>Execution provider used</source>
        <translation>Verwendeter Ausführungsprovider</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="249"/>
        <source>The model has {0} outputs ({1}); classifying output {2} &apos;{3}&apos;. Set the model argument output_index to classify another one.</source>
        <translation>Das Modell hat {0} Ausgaben ({1}); Ausgabe {2} „{3}“ wird klassifiziert. Setzen Sie das Modellargument output_index, um eine andere zu klassifizieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="265"/>
        <source>as in ArcGIS Pro: the model lists {0} classes and none has Value 0, so the background channel arcgis.learn adds at training never wins</source>
        <translation>wie in ArcGIS Pro: Das Modell listet {0} Klassen auf, und keine hat Value 0, daher gewinnt der Hintergrundkanal, den arcgis.learn beim Training hinzufügt, nie</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="269"/>
        <source>as in ArcGIS Pro: the model has a class of Value 0</source>
        <translation>wie in ArcGIS Pro: Das Modell hat eine Klasse mit Value 0</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="270"/>
        <source>as in ArcGIS Pro: the model lists at most one class</source>
        <translation>wie in ArcGIS Pro: Das Modell listet höchstens eine Klasse auf</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="271"/>
        <source>the model is not an Esri definition</source>
        <translation>das Modell ist keine Esri-Definition</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="276"/>
        <source>predict_background: {0} (the default, {1}).</source>
        <translation>predict_background: {0} (der Standardwert, {1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="279"/>
        <source>predict_background: {0} (set in the model arguments; the default is {1}, {2}).</source>
        <translation>predict_background: {0} (in den Modellargumenten gesetzt; der Standardwert ist {1}, {2}).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="289"/>
        <source>Output channels that never win (the model&apos;s ignore_mapped_class, classes left out at training): {0}.</source>
        <translation>Ausgabekanäle, die nie gewinnen (ignore_mapped_class des Modells, beim Training ausgelassene Klassen): {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="336"/>
        <source>Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.</source>
        <translation>Klassifiziere {0} x {1} Pixel in Kacheln von {2} mit Rand {3}, Batchgröße {4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="350"/>
        <source>Writing the result on the input&apos;s grid.</source>
        <translation>Das Ergebnis wird auf das Gitter der Eingabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="386"/>
        <source>The classification was cancelled.</source>
        <translation>Die Klassifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="396"/>
        <source>Cancelled: no output was written.</source>
        <translation>Abgebrochen: Es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="405"/>
        <source>Mask: {0} polygons.</source>
        <translation>Maske: {0} Polygone.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="408"/>
        <source>The mask holds no polygon: every output pixel is nodata. Check the mask layer.</source>
        <translation>Die Maske enthält kein Polygon: Jedes Ausgabepixel ist NoData. Prüfen Sie den Maskenlayer.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="416"/>
        <source>{0} tiles in {1:.1f} s ({2:.1f} tiles/s on {3}); model time {4:.1f} s.</source>
        <translation>{0} Kacheln in {1:.1f} s ({2:.1f} Kacheln/s auf {3}); Modellzeit {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="425"/>
        <source>The raster is wider than {0} pixels: it was classified in {1} vertical strips, which keeps memory bounded; tiles on strip borders ran twice.</source>
        <translation>Das Raster ist breiter als {0} Pixel: Es wurde in {1} senkrechten Streifen klassifiziert, was den Speicherbedarf begrenzt; Kacheln an Streifengrenzen wurden zweimal berechnet.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="93"/>
        <source>Detect Objects Using Deep Learning</source>
        <translation>Objekte mit Deep Learning erkennen</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="97"/>
        <source>Runs an ONNX object detector over a raster of any size and writes every object found as a polygon (a rotated rectangle for oriented-box models) with its class name, class value and confidence (0-1). The layer is styled by class when QGIS loads it.</source>
        <translation>Wendet einen ONNX-Objektdetektor auf ein Raster beliebiger Größe an und schreibt jedes gefundene Objekt als Polygon (ein gedrehtes Rechteck bei Modellen mit orientierten Boxen) mit Klassenname, Klassenwert und Konfidenz (0-1). Der Layer wird beim Laden in QGIS nach Klassen gestaltet.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="102"/>
        <source>Model outputs understood: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], and oriented boxes with an angle), and exports with NMS built in (boxes, scores and labels outputs, as torchvision, RetinaNet and SSD give; labels are read 1-based when the definition lists classes without a class 0, as Esri definitions do). The layout comes from the model definition (ModelConfiguration, or Deepness/GeoDeep det_type) or is recognised from the output shapes.</source>
        <translation>Unterstützte Modellausgaben: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes] sowie orientierte Boxen mit Winkel) und Exporte mit eingebauter NMS (Ausgaben boxes, scores und labels, wie sie torchvision, RetinaNet und SSD liefern; labels werden ab 1 gezählt gelesen, wenn die Definition die Klassen ohne eine Klasse 0 auflistet, wie es Esri-Definitionen tun). Das Layout stammt aus der Modelldefinition (ModelConfiguration oder det_type von Deepness/GeoDeep) oder wird an den Ausgabeformen erkannt.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="110"/>
        <source>The raster is read in tiles of tile_size (N pixels for square tiles, or W,H for width and height, written WxH on the qgis_process command line: a model trained on 800 x 608 images takes 800,608, its default) with padding pixels of context, at the model&apos;s training cell size on the ground when the model states one and the raster&apos;s lies outside it (web layers always; the log says at which cell size); detections are mapped to map coordinates; exclude_pad_detections drops boxes that belong to a neighbouring tile&apos;s core, so an object on a seam is reported once; class-aware non-maximum suppression (nms_overlap, an IoU) then merges duplicates across tiles.</source>
        <translation>Das Raster wird in Kacheln von tile_size (N Pixel für quadratische Kacheln oder W,H für Breite und Höhe, auf der Befehlszeile von qgis_process als WxH geschrieben: Ein auf Bildern von 800 x 608 trainiertes Modell nimmt 800,608, seinen Standardwert) mit padding Pixeln Kontext gelesen, und zwar mit der Trainingszellengröße des Modells am Boden, wenn das Modell eine angibt und die des Rasters außerhalb davon liegt (bei Weblayern immer; das Protokoll nennt die Zellengröße); die Erkennungen werden in Kartenkoordinaten umgerechnet; exclude_pad_detections verwirft Boxen, die zum Kern einer Nachbarkachel gehören, sodass ein Objekt auf einer Naht nur einmal gemeldet wird; eine klassenbezogene Non-Maximum-Unterdrückung (nms_overlap, ein IoU) führt anschließend Duplikate über Kachelgrenzen hinweg zusammen.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="123"/>
        <source>each raster is searched on its own, and an Image field names the raster of each object.</source>
        <translation>Jedes Raster wird einzeln durchsucht, und ein Feld Image nennt das Raster jedes Objekts.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="128"/>
        <source>padding (pixels of context read on each side of a tile; default the model&apos;s, else a quarter of the tile size), threshold (minimum confidence; default the model&apos;s, else 0.1), nms_overlap (the IoU above which non-maximum suppression merges two boxes; default the model&apos;s, else 0.1), batch_size (tiles per model run; default the model&apos;s, else 4), exclude_pad_detections (default true: a tile keeps only the boxes whose centre lies in its share of the overlap with its neighbours), tile_size (pixels; default the model&apos;s tile size) and test_time_augmentation (default false; true adds a horizontal flip, and a vertical flip in MAP_SPACE, merged by non-maximum suppression) and nms_class_agnostic (default false: boxes of different classes never suppress each other; true merges overlapping boxes whatever their class)</source>
        <translation>padding (Pixel Kontext, die auf jeder Seite einer Kachel gelesen werden; Standard: der Wert des Modells, sonst ein Viertel der Kachelgröße), threshold (Mindestkonfidenz; Standard: der Wert des Modells, sonst 0.1), nms_overlap (der IoU, oberhalb dessen die Non-Maximum-Unterdrückung zwei Boxen zusammenführt; Standard: der Wert des Modells, sonst 0.1), batch_size (Kacheln pro Modellaufruf; Standard: der Wert des Modells, sonst 4), exclude_pad_detections (Standard true: Eine Kachel behält nur die Boxen, deren Mittelpunkt in ihrem Anteil an der Überlappung mit ihren Nachbarn liegt), tile_size (Pixel; Standard: die Kachelgröße des Modells), test_time_augmentation (Standard false; true fügt eine horizontale Spiegelung und in MAP_SPACE eine vertikale Spiegelung hinzu, zusammengeführt durch Non-Maximum-Unterdrückung) und nms_class_agnostic (Standard false: Boxen verschiedener Klassen unterdrücken sich nie gegenseitig; true führt überlappende Boxen unabhängig von ihrer Klasse zusammen)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="143"/>
        <source>Class-aware non-maximum suppression across tiles (default true): of the boxes of one class that overlap by more than nms_overlap (IoU), only the highest-scoring one is kept.</source>
        <translation>Klassenbezogene Non-Maximum-Unterdrückung über Kachelgrenzen hinweg (Standard true): Von den Boxen einer Klasse, die sich um mehr als nms_overlap (IoU) überlappen, wird nur die mit dem höchsten Score behalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="147"/>
        <source>0-1, default 0 (off). Drops a box covered by a higher-scoring box of any class beyond this fraction of its own area.</source>
        <translation>0-1, Standard 0 (aus). Verwirft eine Box, die von einer Box mit höherem Score beliebiger Klasse über diesen Anteil ihrer eigenen Fläche hinaus überdeckt wird.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="151"/>
        <source>Name of the field that receives the class name (default Class); the ClassValue field holds the class value.</source>
        <translation>Name des Feldes, das den Klassennamen erhält (Standard Class); das Feld ClassValue enthält den Klassenwert.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="155"/>
        <source>Name of the field that receives the confidence, 0-1 (default Confidence). The two field names must differ from each other and from ClassValue and Image.</source>
        <translation>Name des Feldes, das die Konfidenz erhält, 0-1 (Standard Confidence). Die beiden Feldnamen müssen sich voneinander sowie von ClassValue und Image unterscheiden.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="159"/>
        <source>Optional. Only the part of the raster inside this extent is searched (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Optional. Nur der Teil des Rasters innerhalb dieser Ausdehnung wird durchsucht (nach außen an den Pixeln des Rasters ausgerichtet); für einen Weblayer erforderlich. Standard: das ganze Raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="163"/>
        <source>Optional. Only objects whose centre lies inside these polygons are kept.</source>
        <translation>Optional. Nur Objekte, deren Mittelpunkt innerhalb dieser Polygone liegt, werden behalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="164"/>
        <source>Polygons in the raster&apos;s CRS with the class name, ClassValue and confidence fields (and Image with processing mode 1).</source>
        <translation>Polygone im KBS des Rasters mit den Feldern für Klassenname, ClassValue und Konfidenz (und Image beim Verarbeitungsmodus 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="171"/>
        <source>The detected objects.</source>
        <translation>Die erkannten Objekte.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="177"/>
        <source>Non maximum suppression</source>
        <translation>Non-Maximum-Unterdrückung</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="182"/>
        <source>Maximum overlap ratio (0 = off)</source>
        <translation>Maximales Überlappungsverhältnis (0 = aus)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="190"/>
        <source>Class field name</source>
        <translation>Name des Klassenfelds</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="194"/>
        <source>Confidence field name</source>
        <translation>Name des Konfidenzfelds</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="208"/>
        <source>Detected objects</source>
        <translation>Erkannte Objekte</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="228"/>
        <source>The class and confidence field names must differ from each other and from {0} and {1}.</source>
        <translation>Die Namen des Klassen- und des Konfidenzfelds müssen sich voneinander sowie von {0} und {1} unterscheiden.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="278"/>
        <source>{0} objects written.</source>
        <translation>{0} Objekte geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="301"/>
        <source>{0}: {1} objects from {2} tiles in {3:.1f} s ({4:.1f} tiles/s on {5}; model time {6:.1f} s).</source>
        <translation>{0}: {1} Objekte aus {2} Kacheln in {3:.1f} s ({4:.1f} Kacheln/s auf {5}; Modellzeit {6:.1f} s).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="357"/>
        <source>The mask holds no polygon: no object can be found. Check the mask layer.</source>
        <translation>Die Maske enthält kein Polygon: Es kann kein Objekt gefunden werden. Prüfen Sie den Maskenlayer.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="99"/>
        <source>Export Training Data For Deep Learning</source>
        <translation>Trainingsdaten für Deep Learning exportieren</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="103"/>
        <source>Cuts image chips and labels from imagery and labelled samples (a vector layer of points, lines or polygons, or a classified raster) into a training-data folder: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json and esri_model_definition.emd; COCO adds annotations.json, YOLO adds dataset.yaml.</source>
        <translation>Schneidet Bildausschnitte und Beschriftungen aus Bilddaten und beschrifteten Stichproben (einem Vektorlayer aus Punkten, Linien oder Polygonen oder einem klassifizierten Raster) in einen Trainingsdatenordner: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json und esri_model_definition.emd; COCO ergänzt annotations.json, YOLO ergänzt dataset.yaml.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="109"/>
        <source>Which tool reads each format unchanged: KITTI_rectangles, PASCAL_VOC_rectangles, Classified_Tiles, RCNN_Masks, Labeled_Tiles and MultiLabeled_Tiles are for Esri&apos;s arcgis.learn (prepare_data) and ArcGIS Pro&apos;s Train Deep Learning Model; COCO is for pycocotools and torchvision&apos;s CocoDetection (annotations.json; arcgis.learn does not read it); YOLO is for Ultralytics (dataset.yaml; detection takes each polygon&apos;s box, segmentation the polygon; arcgis.learn does not read it); Export_Tiles holds images only.</source>
        <translation>Welches Werkzeug welches Format unverändert liest: KITTI_rectangles, PASCAL_VOC_rectangles, Classified_Tiles, RCNN_Masks, Labeled_Tiles und MultiLabeled_Tiles sind für arcgis.learn von Esri (prepare_data) und das Werkzeug Train Deep Learning Model von ArcGIS Pro; COCO ist für pycocotools und CocoDetection von torchvision (annotations.json; arcgis.learn liest es nicht); YOLO ist für Ultralytics (dataset.yaml; die Erkennung nimmt das umgebende Rechteck jedes Polygons, die Segmentierung das Polygon; arcgis.learn liest es nicht); Export_Tiles enthält nur Bilder.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="117"/>
        <source>Chips step by the stride from the top-left corner, and where the last step would run past the right or bottom edge one more chip is placed flush with that edge, so no part of the raster is left out. Pixels are copied unchanged (no resampling unless a cell size is given) and each chip keeps its window&apos;s georeference (GeoTIFF tags; a world file and .aux.xml for PNG and JPEG). Chips that are entirely nodata are not written.</source>
        <translation>Die Bildausschnitte rücken von der linken oberen Ecke aus um die Schrittweite vor, und wo der letzte Schritt über den rechten oder unteren Rand hinausginge, wird ein weiterer Bildausschnitt bündig an diesen Rand gesetzt, sodass kein Teil des Rasters ausgelassen wird. Die Pixel werden unverändert kopiert (kein Resampling, außer wenn eine Zellengröße angegeben ist), und jeder Bildausschnitt behält die Georeferenzierung seines Fensters (GeoTIFF-Tags; ein World-File und .aux.xml bei PNG und JPEG). Bildausschnitte, die vollständig NoData sind, werden nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="124"/>
        <source>Polygons are rasterised by the pixel-centre rule (as GDAL); where samples overlap in Classified_Tiles the smaller one wins. Boxes are the feature&apos;s extent clipped to the chip. map.txt, stats.txt and the statistics are rewritten as the export runs, so that after a cancel or an error they describe exactly the chips on disk.</source>
        <translation>Polygone werden nach der Pixelmittelpunkt-Regel gerastert (wie GDAL); wo sich Stichproben in Classified_Tiles überlappen, gewinnt die kleinere. Boxen sind die Ausdehnung des Objekts, auf den Bildausschnitt zugeschnitten. map.txt, stats.txt und die Statistiken werden während des Exports laufend neu geschrieben, sodass sie nach einem Abbruch oder Fehler genau die Bildausschnitte auf der Festplatte beschreiben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="135"/>
        <source>Optional. More images; all chips go into one sequence and one set of statistics.</source>
        <translation>Optional. Weitere Bilder; alle Bildausschnitte kommen in eine Folge und einen Satz Statistiken.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="138"/>
        <source>Optional. The labelled samples: points, lines or polygons in any CRS (reprojected to the raster&apos;s). Class names and colours come from Classname and RED/GREEN/BLUE fields when the layer has them.</source>
        <translation>Optional. Die beschrifteten Stichproben: Punkte, Linien oder Polygone in beliebigem KBS (in das KBS des Rasters umprojiziert). Klassennamen und -farben stammen aus den Feldern Classname und RED/GREEN/BLUE, wenn der Layer sie hat.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="143"/>
        <source>Optional. A classified raster whose pixel values are the classes, for Classified_Tiles; class names and colours come from its attribute or colour table. Give this or the input class data, not both.</source>
        <translation>Optional. Ein klassifiziertes Raster, dessen Pixelwerte die Klassen sind, für Classified_Tiles; Klassennamen und -farben stammen aus seiner Attribut- oder Farbtabelle. Geben Sie dieses oder die Eingabe-Klassendaten an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="148"/>
        <source>Optional. The numeric field holding each sample&apos;s class value, a whole number of 0 or more. Default: a field named classvalue or value (any case), else class 1 for every feature.</source>
        <translation>Optional. Das numerische Feld mit dem Klassenwert jeder Stichprobe, einer ganzen Zahl ab 0. Standard: ein Feld namens classvalue oder value (Groß-/Kleinschreibung beliebig), sonst Klasse 1 für jedes Objekt.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="152"/>
        <source>The export folder: empty, or holding an export of the same format to continue (see Start index). A folder holding an export in another format is refused. Required: a temporary folder would be deleted when QGIS closes.</source>
        <translation>Der Exportordner: leer oder mit einem fortzusetzenden Export desselben Formats (siehe Startindex). Ein Ordner mit einem Export in einem anderen Format wird abgelehnt. Erforderlich: Ein temporärer Ordner würde beim Beenden von QGIS gelöscht.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="157"/>
        <source>Optional, created by default in the dialog. A polygon layer with one outline per chip written: its index, image file name, number of labels and input raster, so the map shows what was exported.</source>
        <translation>Optional, im Dialog standardmäßig erstellt. Ein Polygonlayer mit einem Umriss je geschriebenem Bildausschnitt: sein Index, der Name der Bilddatei, die Anzahl der Beschriftungen und das Eingaberaster, sodass die Karte zeigt, was exportiert wurde.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="162"/>
        <source>0 TIFF (default), 1 PNG, 2 JPEG, 3 MRF. PNG and JPEG hold at most 3 bands, JPEG only 8-bit data.</source>
        <translation>0 TIFF (Standard), 1 PNG, 2 JPEG, 3 MRF. PNG und JPEG fassen höchstens 3 Kanäle, JPEG nur 8-Bit-Daten.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="166"/>
        <source>Chip width in pixels (default 256).</source>
        <translation>Breite der Bildausschnitte in Pixeln (Standard 256).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="167"/>
        <source>Chip height in pixels (default 256).</source>
        <translation>Höhe der Bildausschnitte in Pixeln (Standard 256).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="168"/>
        <source>Horizontal step between chips in pixels (default 128); a stride below the tile size makes chips overlap.</source>
        <translation>Horizontale Schrittweite zwischen den Bildausschnitten in Pixeln (Standard 128); eine Schrittweite unter der Kachelgröße lässt die Bildausschnitte überlappen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="172"/>
        <source>Vertical step between chips in pixels (default 128).</source>
        <translation>Vertikale Schrittweite zwischen den Bildausschnitten in Pixeln (Standard 128).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="173"/>
        <source>Also write chips without samples (default false: only chips holding samples are written; Export_Tiles writes every chip).</source>
        <translation>Auch Bildausschnitte ohne Stichproben schreiben (Standard false: Nur Bildausschnitte mit Stichproben werden geschrieben; Export_Tiles schreibt jeden Bildausschnitt).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="177"/>
        <source>The label format: 0 KITTI_rectangles (default), 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (one chip per feature, centred on it or cut to its bounding box), 5 MultiLabeled_Tiles (each chip&apos;s class names, comma separated), 6 Export_Tiles (images only, no labels needed), 7 COCO (for pycocotools and torchvision), 8 YOLO (for Ultralytics: polygon label lines, usable for detection and segmentation). 0-5 are for arcgis.learn. A class raster feeds Classified_Tiles only.</source>
        <translation>Das Beschriftungsformat: 0 KITTI_rectangles (Standard), 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (ein Bildausschnitt pro Objekt, darauf zentriert oder auf sein umgebendes Rechteck zugeschnitten), 5 MultiLabeled_Tiles (die Klassennamen jedes Bildausschnitts, durch Kommas getrennt), 6 Export_Tiles (nur Bilder, keine Beschriftungen nötig), 7 COCO (für pycocotools und torchvision), 8 YOLO (für Ultralytics: Polygon-Beschriftungszeilen, für Erkennung und Segmentierung verwendbar). 0-5 sind für arcgis.learn. Ein Klassenraster speist nur Classified_Tiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="185"/>
        <source>The number of the first chip (default 0). To continue an existing export of the same format, tile size and bands, give its next chip number: the folder&apos;s statistics are merged and no chip is overwritten.</source>
        <translation>Die Nummer des ersten Bildausschnitts (Standard 0). Um einen bestehenden Export mit demselben Format, derselben Kachelgröße und denselben Kanälen fortzusetzen, geben Sie die Nummer seines nächsten Bildausschnitts an: Die Statistiken des Ordners werden zusammengeführt und kein Bildausschnitt wird überschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="190"/>
        <source>Buffer around points and lines, in the input raster&apos;s map units, that makes them sample areas (default 0: a point becomes a one-pixel square, a line a band one pixel wide).</source>
        <translation>Puffer um Punkte und Linien in den Karteneinheiten des Eingaberasters, der sie zu Stichprobenflächen macht (Standard 0: Ein Punkt wird zu einem Quadrat von einem Pixel, eine Linie zu einem ein Pixel breiten Band).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="194"/>
        <source>Optional. Only chips completely inside these polygons are written.</source>
        <translation>Optional. Nur Bildausschnitte, die vollständig innerhalb dieser Polygone liegen, werden geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="195"/>
        <source>Default 0 (no rotation). Also writes each chip rotated by every multiple of this angle below 360 degrees, its labels rotated with it, keeping only rotations that lie inside the image data.</source>
        <translation>Standard 0 (keine Drehung). Schreibt jeden Bildausschnitt zusätzlich um jedes Vielfache dieses Winkels unter 360 Grad gedreht, die Beschriftungen mitgedreht, und behält nur Drehungen, die innerhalb der Bilddaten liegen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="200"/>
        <source>0 MAP_SPACE (default): chips keep their map coordinates; 1 PIXEL_SPACE: chips are georeferenced in the raw image grid. Written to the .emd as ImageSpaceUsed.</source>
        <translation>0 MAP_SPACE (Standard): Die Bildausschnitte behalten ihre Kartenkoordinaten; 1 PIXEL_SPACE: Die Bildausschnitte werden im ursprünglichen Bildraster georeferenziert. Wird als ImageSpaceUsed in die .emd geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="204"/>
        <source>Labeled_Tiles only: set the pixels outside the feature to 0 (default false).</source>
        <translation>Nur Labeled_Tiles: setzt die Pixel außerhalb des Objekts auf 0 (Standard false).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="207"/>
        <source>Labeled_Tiles only: 0 FIXED_SIZE (default): a chip of the tile size centred on each feature; 1 BOUNDING_BOX: the chip is cut to the feature&apos;s bounding box.</source>
        <translation>Nur Labeled_Tiles: 0 FIXED_SIZE (Standard): ein Bildausschnitt in Kachelgröße, zentriert auf jedem Objekt; 1 BOUNDING_BOX: Der Bildausschnitt wird auf das umgebende Rechteck des Objekts zugeschnitten.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="211"/>
        <source>Optional. Only the part of the raster inside this extent is exported (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Optional. Nur der Teil des Rasters innerhalb dieser Ausdehnung wird exportiert (nach außen an den Pixeln des Rasters ausgerichtet); für einen Weblayer erforderlich. Standard: das ganze Raster.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="215"/>
        <source>Optional. Resample the raster to this cell size, in its map units. Empty (default): the raster&apos;s own pixels, unchanged.</source>
        <translation>Optional. Das Raster auf diese Zellengröße resampeln, in seinen Karteneinheiten. Leer (Standard): die eigenen Pixel des Rasters, unverändert.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="219"/>
        <source>Optional. The bands to export, in this order (default: all bands).</source>
        <translation>Optional. Die zu exportierenden Kanäle in dieser Reihenfolge (Standard: alle Kanäle).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="224"/>
        <source>The export folder.</source>
        <translation>Der Exportordner.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="225"/>
        <source>The chip footprints, when asked for.</source>
        <translation>Die Umrisse der Bildausschnitte, falls angefordert.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="226"/>
        <source>The number of chips written.</source>
        <translation>Die Anzahl der geschriebenen Bildausschnitte.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="227"/>
        <source>The number of labelled features written, counted in every chip they appear in.</source>
        <translation>Die Anzahl der geschriebenen beschrifteten Objekte, in jedem Bildausschnitt gezählt, in dem sie vorkommen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="237"/>
        <source>Chips written</source>
        <translation>Geschriebene Bildausschnitte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="238"/>
        <source>Features written</source>
        <translation>Geschriebene Objekte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="245"/>
        <source>Input class data (labelled samples)</source>
        <translation>Eingabe-Klassendaten (beschriftete Stichproben)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="250"/>
        <source>Input class raster (classified)</source>
        <translation>Eingabe-Klassenraster (klassifiziert)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="254"/>
        <source>Class value field</source>
        <translation>Klassenwertfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="259"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="260"/>
        <source>Image chip format</source>
        <translation>Format der Bildausschnitte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="261"/>
        <source>Tile size X (pixels)</source>
        <translation>Kachelgröße X (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="262"/>
        <source>Tile size Y (pixels)</source>
        <translation>Kachelgröße Y (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="263"/>
        <source>Stride X (pixels)</source>
        <translation>Schrittweite X (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="264"/>
        <source>Stride Y (pixels)</source>
        <translation>Schrittweite Y (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="265"/>
        <source>Output tiles without features</source>
        <translation>Kacheln ohne Objekte ausgeben</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="266"/>
        <source>Metadata format</source>
        <translation>Metadatenformat</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="267"/>
        <source>Start index</source>
        <translation>Startindex</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="269"/>
        <source>Buffer radius</source>
        <translation>Pufferradius</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="276"/>
        <source>Rotation angle (degrees)</source>
        <translation>Drehwinkel (Grad)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="282"/>
        <source>Reference system</source>
        <translation>Bezugssystem</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="283"/>
        <source>Blacken around feature</source>
        <translation>Um das Objekt herum schwärzen</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="284"/>
        <source>Crop mode</source>
        <translation>Zuschneidemodus</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="288"/>
        <source>Cell size (resample to)</source>
        <translation>Zellengröße (Resampling auf)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="294"/>
        <source>Bands</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="298"/>
        <source>Chip footprints</source>
        <translation>Umrisse der Bildausschnitte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="311"/>
        <source>Choose an output folder for the training data: a temporary folder is deleted when QGIS closes.</source>
        <translation>Wählen Sie einen Ausgabeordner für die Trainingsdaten: Ein temporärer Ordner wird beim Beenden von QGIS gelöscht.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="322"/>
        <source>Cancelled: the folder holds the {0} chips written before, described by map.txt and the statistics.</source>
        <translation>Abgebrochen: Der Ordner enthält die {0} zuvor geschriebenen Bildausschnitte, beschrieben durch map.txt und die Statistiken.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="363"/>
        <source>No labelled sample overlaps the input raster: check that the class data covers the raster (and its processing extent).</source>
        <translation>Keine beschriftete Stichprobe überlappt das Eingaberaster: Prüfen Sie, ob die Klassendaten das Raster (und seine Verarbeitungsausdehnung) abdecken.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="401"/>
        <source>With CLUSTER the workers read the class raster with GDAL on the input raster&apos;s pixels, and &apos;{0}&apos; is not a file on that pixel grid: warp it to the input&apos;s CRS, cell size and alignment first (Raster &gt; Projections &gt; Warp), or leave CLUSTER empty.</source>
        <translation>Mit CLUSTER lesen die Worker das Klassenraster mit GDAL auf den Pixeln des Eingaberasters, und „{0}“ ist keine Datei auf diesem Pixelraster: transformieren Sie es zuerst in KBS, Zellgröße und Ausrichtung der Eingabe (Raster &gt; Projektionen &gt; Transformieren), oder lassen Sie CLUSTER leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="438"/>
        <source>Give either input class data (vector) or an input class raster, not both.</source>
        <translation>Geben Sie entweder Eingabe-Klassendaten (Vektor) oder ein Eingabe-Klassenraster an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="469"/>
        <source>The tile size {0} x {1} is larger than the raster &apos;{2}&apos; ({3} x {4} pixels): use a smaller tile size.</source>
        <translation>Die Kachelgröße {0} x {1} ist größer als das Raster „{2}“ ({3} x {4} Pixel): Verwenden Sie eine kleinere Kachelgröße.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="477"/>
        <source>JPEG chips hold 8-bit data but &apos;{0}&apos; is {1}: choose TIFF, PNG or MRF.</source>
        <translation>JPEG-Bildausschnitte enthalten 8-Bit-Daten, aber „{0}“ ist {1}: Wählen Sie TIFF, PNG oder MRF.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="552"/>
        <source>The chips go to the cluster in ranges of up to {0} chips; progress counts finished ranges.</source>
        <translation>Die Kacheln gehen in Bereichen von höchstens {0} Kacheln an den Cluster; der Fortschritt zählt fertige Bereiche.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="556"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="558"/>
        <source>{0} ranges ran on {1} workers in {2:.1f} s.</source>
        <translation>{0} Bereiche liefen auf {1} Workern in {2:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="568"/>
        <source>No chip was written: no tile holds a labelled pixel. Check that the labels cover the raster, that a class raster uses class values above 0, and their coordinate reference systems.</source>
        <translation>Es wurde kein Bildausschnitt geschrieben: Keine Kachel enthält ein beschriftetes Pixel. Prüfen Sie, ob die Beschriftungen das Raster abdecken, ob ein Klassenraster Klassenwerte über 0 verwendet, und ihre Koordinatenbezugssysteme.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="575"/>
        <source>{0} chips and {1} features written to {2} in {3:.1f} s ({4} chips all nodata skipped, {5} rotations outside the image skipped).</source>
        <translation>{0} Bildausschnitte und {1} Objekte in {2} in {3:.1f} s geschrieben ({4} Bildausschnitte nur aus NoData übersprungen, {5} Drehungen außerhalb des Bildes übersprungen).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="597"/>
        <source>Output folder: {0}; chips: {1}; features: {2}.</source>
        <translation>Ausgabeordner: {0}; Bildausschnitte: {1}; Objekte: {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="606"/>
        <source>The output folder &apos;{0}&apos; cannot be written ({1}): choose another folder.</source>
        <translation>In den Ausgabeordner „{0}“ kann nicht geschrieben werden ({1}): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="624"/>
        <source>The raster &apos;{0}&apos; has no coordinate reference system: the labels&apos; coordinates ({1}) are assumed to be in the raster&apos;s. Assign the raster its CRS if the chips come out empty.</source>
        <translation>Das Raster „{0}“ hat kein Koordinatenbezugssystem: Die Koordinaten der Beschriftungen ({1}) werden als die des Rasters angenommen. Weisen Sie dem Raster sein KBS zu, falls die Bildausschnitte leer sind.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="631"/>
        <source>The class raster is in {0} but the input raster in {1}: it is reprojected to {1} (nearest neighbour) to cut the labels.</source>
        <translation>Das Klassenraster liegt in {0} vor, das Eingaberaster aber in {1}: Es wird in {1} umprojiziert (nächster Nachbar), um die Beschriftungen auszuschneiden.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="638"/>
        <source>The class raster is in {0} but the input raster in {1}: it is read on the input&apos;s grid. Reproject it to {1} if the chips come out empty.</source>
        <translation>Das Klassenraster ist in {0}, das Eingaberaster aber in {1}: Es wird auf dem Raster der Eingabe gelesen. Projizieren Sie es nach {1} um, falls die Bildausschnitte leer sind.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="663"/>
        <source>BANDS {0}: the input raster has bands 1 to {1}; give band numbers in that range, separated by commas.</source>
        <translation>BANDS {0}: Das Eingaberaster hat die Kanäle 1 bis {1}; geben Sie Kanalnummern in diesem Bereich an, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="674"/>
        <source>Classes from the class raster: {0}</source>
        <translation>Klassen aus dem Klassenraster: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="686"/>
        <source>CLASS_VALUE_FIELD &apos;{0}&apos; is not a field of the input class data (its fields: {1}): choose one of them.</source>
        <translation>CLASS_VALUE_FIELD „{0}“ ist kein Feld der Eingabe-Klassendaten (ihre Felder: {1}): Wählen Sie eines davon.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="695"/>
        <source>The input class data holds no feature with a geometry.</source>
        <translation>Die Eingabe-Klassendaten enthalten kein Objekt mit Geometrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="697"/>
        <source>Class values from the field &apos;{0}&apos;.</source>
        <translation>Klassenwerte aus dem Feld „{0}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="699"/>
        <source>No class value field: every feature is class 1.</source>
        <translation>Kein Klassenwertfeld: Jedes Objekt gehört zur Klasse 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="705"/>
        <source>The class value field &apos;{0}&apos; holds &apos;{1}&apos;, which is not a whole number &gt;= 0: choose a numeric class field.</source>
        <translation>Das Klassenwertfeld „{0}“ enthält „{1}“, was keine ganze Zahl &gt;= 0 ist: Wählen Sie ein numerisches Klassenfeld.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="724"/>
        <source>{0} label geometries were invalid (e.g. self-intersecting) and were repaired with make_valid: features {1}. Fix them in the layer, or set Processing&apos;s invalid features filtering to skip them.</source>
        <translation>{0} Beschriftungsgeometrien waren ungültig (z. B. selbstüberschneidend) und wurden mit make_valid repariert: Objekte {1}. Korrigieren Sie sie im Layer, oder stellen Sie die Filterung ungültiger Objekte von Processing so ein, dass sie übersprungen werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="48"/>
        <source>Install Python Dependencies</source>
        <translation>Python-Abhängigkeiten installieren</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="56"/>
        <source>Installs the Python packages the deep-learning tools need, onnxruntime and OpenCV (opencv-python-headless), for the Python that QGIS runs, and reports the onnxruntime execution providers (CPU, CUDA, DirectML, ...) found afterwards.</source>
        <translation>Installiert die Python-Pakete, die die Deep-Learning-Werkzeuge benötigen, onnxruntime und OpenCV (opencv-python-headless), für das von QGIS ausgeführte Python und meldet anschließend die gefundenen onnxruntime-Ausführungsprovider (CPU, CUDA, DirectML, ...).</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="61"/>
        <source>dask and distributed are optional: only the tools&apos; CLUSTER parameter (running on a Dask cluster) needs them. Tick &apos;Also install dask and distributed&apos; to install them too.</source>
        <translation>dask und distributed sind optional: Nur der Parameter CLUSTER der Werkzeuge (Ausführung auf einem Dask-Cluster) braucht sie. Aktivieren Sie „Auch dask und distributed installieren“, um sie ebenfalls zu installieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="65"/>
        <source>Installing downloads the packages from the Python Package Index (pypi.org) with pip (several hundred megabytes for the GPU build) into a folder of your user profile, shown as Target folder; the plugin adds that folder to Python&apos;s search path when QGIS starts, after QGIS&apos;s own packages, so the numpy and GDAL that QGIS ships stay in use. numpy is pinned to the version QGIS already has, so pip picks builds that work with it.</source>
        <translation>Beim Installieren lädt pip die Pakete aus dem Python Package Index (pypi.org) herunter (mehrere hundert Megabyte für die GPU-Variante), in einen Ordner Ihres Benutzerprofils, der als Zielordner angezeigt wird; die Erweiterung fügt diesen Ordner beim Start von QGIS dem Python-Suchpfad hinzu, nach den eigenen Paketen von QGIS, sodass die mit QGIS gelieferten numpy und GDAL weiter verwendet werden. numpy wird auf die Version festgelegt, die QGIS bereits hat, damit pip dazu passende Builds wählt.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="72"/>
        <source>pip&apos;s output streams into the log and Cancel stops pip. Restart QGIS after installing: a running QGIS keeps the onnxruntime it has already loaded.</source>
        <translation>Die Ausgabe von pip erscheint laufend im Protokoll, und Abbrechen beendet pip. Starten Sie QGIS nach der Installation neu: Ein laufendes QGIS behält das bereits geladene onnxruntime.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="80"/>
        <source>0 Automatic (default): the NVIDIA GPU build (onnxruntime-gpu) when an NVIDIA driver is found on this computer, the CPU build otherwise; 1 CPU; 2 NVIDIA GPU (CUDA). The GPU build runs models with CUDA where the NVIDIA CUDA and cuDNN libraries its version asks for are installed (see onnxruntime.ai), otherwise on the CPU; it exists for Windows and Linux only.</source>
        <translation>0 Automatisch (Standard): die NVIDIA-GPU-Variante (onnxruntime-gpu), wenn auf diesem Rechner ein NVIDIA-Treiber gefunden wird, sonst die CPU-Variante; 1 CPU; 2 NVIDIA-GPU (CUDA). Die GPU-Variante führt Modelle mit CUDA aus, wo die NVIDIA-Bibliotheken CUDA und cuDNN in den Versionen installiert sind, die sie verlangt (siehe onnxruntime.ai), sonst auf der CPU; sie existiert nur für Windows und Linux.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="86"/>
        <source>Default false. Tick it to install dask and distributed as well, for the advanced CLUSTER parameter of the imagery tools: a Dask scheduler address, or local:N worker processes on this computer. The workers of a cluster need the same dask and distributed versions as this QGIS (README, &apos;Workers&apos;). The tools work without them.</source>
        <translation>Standard false. Aktivieren Sie es, um auch dask und distributed zu installieren, für den erweiterten Parameter CLUSTER der Bildwerkzeuge: die Adresse eines Dask-Schedulers oder local:N Worker-Prozesse auf diesem Computer. Die Worker eines Clusters brauchen dieselben Versionen von dask und distributed wie dieses QGIS (README, „Workers“). Die Werkzeuge funktionieren ohne sie.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="92"/>
        <source>Default true: install nothing; report what is installed, which execution providers onnxruntime offers and the exact pip command that would run. Untick it to install.</source>
        <translation>Standard true: nichts installieren; melden, was installiert ist, welche Ausführungsprovider onnxruntime anbietet und den genauen pip-Befehl, der ausgeführt würde. Entfernen Sie den Haken, um zu installieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="100"/>
        <source>True when this run installed the packages; false with Check only.</source>
        <translation>Wahr, wenn dieser Lauf die Pakete installiert hat; falsch bei Nur prüfen.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>The execution providers onnxruntime offers, comma separated, as a fresh Python finds them at the end of the run.</source>
        <translation>Die Ausführungsprovider, die onnxruntime anbietet, durch Kommas getrennt, so wie ein frisch gestartetes Python sie am Ende des Laufs findet.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="105"/>
        <source>The pip command; it can be pasted into a terminal as it is.</source>
        <translation>Der pip-Befehl; er kann unverändert in ein Terminal eingefügt werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="106"/>
        <source>The folder of your user profile the packages are installed into.</source>
        <translation>Der Ordner Ihres Benutzerprofils, in den die Pakete installiert werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="113"/>
        <source>onnxruntime build</source>
        <translation>onnxruntime-Variante</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="115"/>
        <source>Automatic: NVIDIA GPU build where an NVIDIA driver is present</source>
        <translation>Automatisch: NVIDIA-GPU-Variante, wenn ein NVIDIA-Treiber vorhanden ist</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="116"/>
        <location filename="../algorithms/model_tool.py" line="289"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="117"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="125"/>
        <source>Also install dask and distributed (optional: for the CLUSTER parameter)</source>
        <translation>Auch dask und distributed installieren (optional: für den Parameter CLUSTER)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="131"/>
        <source>Check only (install nothing)</source>
        <translation>Nur prüfen (nichts installieren)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="134"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="135"/>
        <source>Execution providers</source>
        <translation>Ausführungsprovider</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="136"/>
        <source>pip command</source>
        <translation>pip-Befehl</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="137"/>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="144"/>
        <source>NVIDIA driver: {0}</source>
        <translation>NVIDIA-Treiber: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="144"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="146"/>
        <source>Python that QGIS runs: {0}</source>
        <translation>Von QGIS ausgeführtes Python: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="147"/>
        <source>Target folder: {0}</source>
        <translation>Zielordner: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="148"/>
        <location filename="../algorithms/install_dependencies.py" line="187"/>
        <source>Checking the installed packages…</source>
        <translation>Installierte Pakete werden geprüft…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="154"/>
        <source>Packages: {0}</source>
        <translation>Pakete: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="157"/>
        <source>No NVIDIA driver was found: the GPU build will run models on the CPU.</source>
        <translation>Es wurde kein NVIDIA-Treiber gefunden: Die GPU-Variante führt Modelle auf der CPU aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="167"/>
        <source>Check only: nothing was installed. To install, run this tool again with &apos;Check only&apos; unticked, or run this command in a terminal:
{0}</source>
        <translation>Nur prüfen: Es wurde nichts installiert. Zum Installieren führen Sie dieses Werkzeug erneut aus, ohne Haken bei „Nur prüfen“, oder führen Sie diesen Befehl in einem Terminal aus:
{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="177"/>
        <source>pip is not available for the Python that QGIS runs ({0}): {1}. Install pip for it first (Debian and Ubuntu: sudo apt install python3-pip), then run this tool again.</source>
        <translation>pip ist für das von QGIS ausgeführte Python ({0}) nicht verfügbar: {1}. Installieren Sie zuerst pip dafür (Debian und Ubuntu: sudo apt install python3-pip) und führen Sie dieses Werkzeug dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="183"/>
        <source>Downloading and installing with pip…</source>
        <translation>Herunterladen und Installieren mit pip…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="184"/>
        <source>Running: {0}</source>
        <translation>Ausführen: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="192"/>
        <source>onnxruntime was installed in {0} but cannot be imported: {1}</source>
        <translation>onnxruntime wurde in {0} installiert, kann aber nicht importiert werden: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="199"/>
        <source>{0} was installed in {1} but cannot be imported: {2}</source>
        <translation>{0} wurde in {1} installiert, kann aber nicht importiert werden: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="204"/>
        <source>Restart QGIS to use the packages just installed.</source>
        <translation>Starten Sie QGIS neu, um die soeben installierten Pakete zu verwenden.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="207"/>
        <source>The GPU build runs models with CUDA only where the NVIDIA CUDA and cuDNN libraries it needs are installed; otherwise the tools fall back to the CPU.</source>
        <translation>Die GPU-Variante führt Modelle nur dann mit CUDA aus, wenn die benötigten NVIDIA-Bibliotheken CUDA und cuDNN installiert sind; andernfalls weichen die Werkzeuge auf die CPU aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="220"/>
        <source>Python {0}, pip {1}</source>
        <translation>Python {0}, pip {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="221"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="229"/>
        <source>The {0} in the target folder is not the one the plugin uses: {1} comes first on the Python path. Uninstall that copy to use the one in the target folder.</source>
        <translation>Das Paket {0} im Zielordner wird von der Erweiterung nicht verwendet: {1} steht im Python-Pfad weiter vorne. Deinstallieren Sie diese Kopie, um die aus dem Zielordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="235"/>
        <source>Execution providers: {0}</source>
        <translation>Ausführungsprovider: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="235"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="240"/>
        <source>{0}: not installed ({1}); optional, only the CLUSTER parameter needs it: tick &apos;Also install dask and distributed&apos; to install it</source>
        <translation>{0}: nicht installiert ({1}); optional, nur der Parameter CLUSTER braucht es: Aktivieren Sie „Auch dask und distributed installieren“, um es zu installieren</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="245"/>
        <source>{0}: not available ({1})</source>
        <translation>{0}: nicht verfügbar ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="246"/>
        <source>target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="247"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="43"/>
        <source>Query Deep Learning Model Info</source>
        <translation>Informationen zum Deep-Learning-Modell abfragen</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="47"/>
        <source>Reads a deep-learning model and reports what it is and how it will run on this computer, like ArcGIS Pro&apos;s tool of the same name.</source>
        <translation>Liest ein Deep-Learning-Modell und meldet, was es ist und wie es auf diesem Rechner ausgeführt wird, wie das gleichnamige Werkzeug von ArcGIS Pro.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="51"/>
        <source>The log also lists the model&apos;s inputs and outputs, normalisation, padding, batch size, thresholds, cell size, classes with colours, the default model arguments, and the keys of the model definition that it reads but ignores because they change nothing in the results.</source>
        <translation>Das Protokoll nennt außerdem die Ein- und Ausgaben des Modells, die Normalisierung, den Rand, die Batchgröße, die Schwellenwerte, die Zellengröße, die Klassen mit Farben, die Standard-Modellargumente sowie die Schlüssel der Modelldefinition, die gelesen, aber ignoriert werden, weil sie an den Ergebnissen nichts ändern.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="59"/>
        <source>The model to describe: {0}</source>
        <translation>Das zu beschreibende Modell: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="63"/>
        <source>The Esri model type, e.g. ImageClassification (pixel classification), ObjectClassification or ObjectDetection.</source>
        <translation>Der Esri-Modelltyp, z. B. ImageClassification (Pixelklassifikation), ObjectClassification oder ObjectDetection.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="67"/>
        <source>JSON list of the classes, one object per class with the keys value, name and color.</source>
        <translation>JSON-Liste der Klassen, ein Objekt pro Klasse mit den Schlüsseln value, name und color.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="70"/>
        <source>JSON list of the model input&apos;s dimensions as the tools use them: a dynamic height and width are the tile size the tools take (the definition&apos;s ImageHeight/ImageWidth, Ultralytics&apos; imgsz, or 256), a dynamic batch is null, e.g. [null, 3, 256, 256].</source>
        <translation>JSON-Liste der Dimensionen der Modelleingabe, wie die Werkzeuge sie verwenden: Eine dynamische Höhe und Breite entsprechen der Kachelgröße, die die Werkzeuge nehmen (ImageHeight/ImageWidth der Definition, imgsz von Ultralytics oder 256), ein dynamischer Batch ist null, z. B. [null, 3, 256, 256].</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="75"/>
        <source>The raster bands the model reads, 1-based, comma separated, e.g. 1,2,3.</source>
        <translation>Die Rasterkanäle, die das Modell liest, ab 1 gezählt, durch Kommas getrennt, z. B. 1,2,3.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="76"/>
        <source>The tile height in pixels.</source>
        <translation>Die Kachelhöhe in Pixeln.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="77"/>
        <source>The tile width in pixels (the tile size of a square model), as the export tool&apos;s TILE_SIZE_X.</source>
        <translation>Die Kachelbreite in Pixeln (die Kachelgröße eines quadratischen Modells), wie TILE_SIZE_X des Exportwerkzeugs.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="81"/>
        <source>The tile height in pixels, as the export tool&apos;s TILE_SIZE_Y.</source>
        <translation>Die Kachelhöhe in Pixeln, wie TILE_SIZE_Y des Exportwerkzeugs.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="82"/>
        <source>The onnxruntime execution provider that runs the model here with processor type Auto.</source>
        <translation>Der onnxruntime-Ausführungsprovider, der das Modell auf diesem Rechner mit Prozessortyp Automatisch ausführt.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="85"/>
        <source>All the execution providers this onnxruntime offers, comma separated.</source>
        <translation>Alle Ausführungsprovider, die diese onnxruntime anbietet, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="92"/>
        <location filename="../algorithms/model_tool.py" line="268"/>
        <source>Model definition (.emd, .dlpk, .onnx or JSON)</source>
        <translation>Modelldefinition (.emd, .dlpk, .onnx oder JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="94"/>
        <source>Model type</source>
        <translation>Modelltyp</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="95"/>
        <source>Classes (JSON)</source>
        <translation>Klassen (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="96"/>
        <source>Input shape (JSON)</source>
        <translation>Eingabeform (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="97"/>
        <source>Bands read (1-based)</source>
        <translation>Gelesene Kanäle (ab 1 gezählt)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="98"/>
        <source>Tile size (pixels)</source>
        <translation>Kachelgröße (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="99"/>
        <source>Tile width (pixels)</source>
        <translation>Kachelbreite (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="100"/>
        <source>Tile height (pixels)</source>
        <translation>Kachelhöhe (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="101"/>
        <source>Execution provider</source>
        <translation>Ausführungsprovider</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="102"/>
        <source>Available providers</source>
        <translation>Verfügbare Provider</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="129"/>
        <source>Model: {0}</source>
        <translation>Modell: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="130"/>
        <source>Type: {0} ({1})</source>
        <translation>Typ: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="133"/>
        <source>Read from: {0} ({1})</source>
        <translation>Gelesen aus: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="134"/>
        <location filename="../algorithms/model_tool.py" line="319"/>
        <source>Model file: {0}</source>
        <translation>Modelldatei: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="138"/>
        <source>Framework: {0} {1}</source>
        <translation>Framework: {0} {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="144"/>
        <source>Input &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Eingabe „{0}“: Form {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="148"/>
        <source>Output &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Ausgabe „{0}“: Form {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="151"/>
        <source>Bands read (1-based): {0}</source>
        <translation>Gelesene Kanäle (ab 1 gezählt): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="154"/>
        <source>Tile: {0} x {1} pixels, padding {2}, batch size {3}</source>
        <translation>Kachel: {0} x {1} Pixel, Rand {2}, Batchgröße {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="160"/>
        <source>Normalisation: {0}</source>
        <translation>Normalisierung: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="164"/>
        <source>Output rule: {0}</source>
        <translation>Ausgaberegel: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="166"/>
        <source>Data range: {0} to {1}</source>
        <translation>Datenbereich: {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="168"/>
        <source>Threshold: {0}</source>
        <translation>Schwellenwert: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="171"/>
        <source>Cell size: {0} to {1}</source>
        <translation>Zellengröße: {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="174"/>
        <source>Image space: {0}; crop size fixed: {1}; blacken around feature: {2}</source>
        <translation>Bildraum: {0}; feste Zuschnittgröße: {1}; um das Objekt herum schwärzen: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="178"/>
        <source>Classes ({0}):</source>
        <translation>Klassen ({0}):</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="180"/>
        <source>no colour</source>
        <translation>keine Farbe</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="184"/>
        <source>Model argument defaults: {0}</source>
        <translation>Standardwerte der Modellargumente: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="190"/>
        <source>Output channels that never win (ignore_mapped_class): {0}</source>
        <translation>Ausgabekanäle, die nie gewinnen (ignore_mapped_class): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="195"/>
        <source>Training backend: {0}</source>
        <translation>Trainings-Backend: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="199"/>
        <source>Keys read but ignored (they change nothing in this plugin&apos;s results): {0}</source>
        <translation>Gelesene, aber ignorierte Schlüssel (sie ändern nichts an den Ergebnissen dieser Erweiterung): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="206"/>
        <source>resize_to {0}: arcgis.learn resized the training chips to it; ArcGIS Pro&apos;s inference does not resize tiles, and neither does this plugin: it reads tiles at the model&apos;s cell size.</source>
        <translation>resize_to {0}: arcgis.learn hat die Trainings-Bildausschnitte auf diese Größe skaliert; die Inferenz von ArcGIS Pro skaliert Kacheln nicht, und diese Erweiterung auch nicht: Sie liest die Kacheln mit der Zellengröße des Modells.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="212"/>
        <source>Execution provider here (processor type Auto): {0}</source>
        <translation>Ausführungsprovider auf diesem Rechner (Prozessortyp Automatisch): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="213"/>
        <source>Available providers: {0}</source>
        <translation>Verfügbare Provider: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="37"/>
        <source>input: the raw band values, no normalisation</source>
        <translation>Eingabe: die rohen Kanalwerte, keine Normalisierung</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="40"/>
        <source>input: {0}, then (x - {1}) / {2} ({3})</source>
        <translation>Eingabe: {0}, dann (x - {1}) / {2} ({3})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="43"/>
        <source>input: {0}, no standardisation ({1})</source>
        <translation>Eingabe: {0}, keine Standardisierung ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="48"/>
        <source>output: {0}</source>
        <translation>Ausgabe: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="122"/>
        <source>The raster to process: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens, or a web layer (WMS/XYZ, read as RGB; give a processing extent).</source>
        <translation>Das zu verarbeitende Raster: GeoTIFF, VRT, GeoPackage-Raster oder jedes andere Raster, das QGIS öffnet, oder ein Weblayer (WMS/XYZ, als RGB gelesen; geben Sie eine Verarbeitungsausdehnung an).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="126"/>
        <source>Optional. More rasters, processed with the input raster as the processing mode says.</source>
        <translation>Optional. Weitere Raster, die je nach Verarbeitungsmodus mit dem Eingaberaster verarbeitet werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="129"/>
        <source>0 Process as mosaicked image (default): the input and the additional rasters are read as one mosaic, which needs file rasters sharing one CRS and the same bands. 1 Process all raster items separately: {0}</source>
        <translation>0 Als Mosaikbild verarbeiten (Standard): Das Eingaberaster und die zusätzlichen Raster werden als ein Mosaik gelesen, was Dateiraster mit demselben KBS und denselben Kanälen voraussetzt. 1 Alle Raster einzeln verarbeiten: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="134"/>
        <source>Advanced, optional. Run the work on a Dask cluster, in blocks that give the same result as a run here: empty (default) runs here; local:N starts N worker processes on this machine (a many-core workstation); a scheduler address such as tcp://host:8786 uses the workers of a running &apos;dask scheduler&apos;. Every worker must open the input rasters, the model and the output folder by the same paths (a shared file system, or GDAL paths such as /vsis3/). Needs the Python packages dask and distributed (Install Python Dependencies offers them). The log names the cluster, its workers and the blocks; progress counts finished blocks.</source>
        <translation>Erweitert, optional. Führt die Arbeit auf einem Dask-Cluster aus, in Blöcken, die dasselbe Ergebnis wie ein Lauf hier liefern: leer (Standard) läuft hier; local:N startet N Worker-Prozesse auf diesem Rechner (eine Workstation mit vielen Kernen); eine Scheduler-Adresse wie tcp://host:8786 nutzt die Worker eines laufenden &apos;dask scheduler&apos;. Jeder Worker muss die Eingaberaster, das Modell und den Ausgabeordner unter denselben Pfaden öffnen können (ein gemeinsames Dateisystem oder GDAL-Pfade wie /vsis3/). Benötigt die Python-Pakete dask und distributed (Install Python Dependencies bietet sie an). Das Protokoll nennt den Cluster, seine Worker und die Blöcke; der Fortschritt zählt die fertigen Blöcke.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="147"/>
        <source>each raster is processed on its own.</source>
        <translation>Jedes Raster wird für sich verarbeitet.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="151"/>
        <source>Input raster</source>
        <translation>Eingaberaster</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="154"/>
        <source>Additional input rasters</source>
        <translation>Zusätzliche Eingaberaster</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="160"/>
        <source>Processing mode</source>
        <translation>Verarbeitungsmodus</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="161"/>
        <source>Process as mosaicked image</source>
        <translation>Als Mosaikbild verarbeiten</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="161"/>
        <source>Process all raster items separately</source>
        <translation>Alle Raster einzeln verarbeiten</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="170"/>
        <source>The input raster could not be opened.</source>
        <translation>Das Eingaberaster konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="181"/>
        <source>Processing {0} rasters as one mosaic.</source>
        <translation>{0} Raster werden als ein Mosaik verarbeitet.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="187"/>
        <source>Dask cluster (empty: run here)</source>
        <translation>Dask-Cluster (leer: hier ausführen)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="200"/>
        <source>Opening the Dask cluster &apos;{0}&apos;...</source>
        <translation>Öffne den Dask-Cluster &apos;{0}&apos;...</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="203"/>
        <source>Cluster: {0}; {1} workers ({2}).</source>
        <translation>Cluster: {0}; {1} Worker ({2}).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="214"/>
        <source>Raster {0} of {1}: {2}</source>
        <translation>Raster {0} von {1}: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="240"/>
        <source>The {0} model: {1}</source>
        <translation>Das Modell für {0}: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="243"/>
        <source>Name/Value table of model arguments: {0}. An empty value keeps the model&apos;s default; an unknown name is an error listing the known ones. With qgis_process give name,value pairs separated by commas, e.g. batch_size,8.</source>
        <translation>Name/Wert-Tabelle der Modellargumente: {0}. Ein leerer Wert behält den Standardwert des Modells; ein unbekannter Name ist ein Fehler, der die bekannten auflistet. Bei qgis_process geben Sie Paare name,wert durch Kommas getrennt an, z. B. batch_size,8.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="248"/>
        <source>0 Auto (default): the best available onnxruntime execution provider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, then CPU); 1 CPU; 2 GPU: fails, listing the providers that exist, when none is available. The log names the provider that runs.</source>
        <translation>0 Automatisch (Standard): der beste verfügbare onnxruntime-Ausführungsprovider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, dann CPU); 1 CPU; 2 GPU: schlägt fehl und listet die vorhandenen Provider auf, wenn keiner verfügbar ist. Das Protokoll nennt den Provider, der tatsächlich läuft.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="253"/>
        <source>Advanced. The GPU to run on where there are several: 0 (default) for the first. Used by the processor types Auto and GPU.</source>
        <translation>Erweitert. Die zu verwendende GPU, wenn es mehrere gibt: 0 (Standard) für die erste. Wird von den Prozessortypen Automatisch und GPU verwendet.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="272"/>
        <source>Model arguments (empty value = model default)</source>
        <translation>Modellargumente (leerer Wert = Standardwert des Modells)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="275"/>
        <location filename="../gui/model_arguments_widget.py" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="275"/>
        <location filename="../gui/model_arguments_widget.py" line="42"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="288"/>
        <source>Processor type</source>
        <translation>Prozessortyp</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="289"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="289"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="294"/>
        <source>GPU id</source>
        <translation>GPU-ID</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="305"/>
        <source>This tool needs a model of type &apos;{1}&apos;; this model is of type &apos;{0}&apos;.</source>
        <translation>Dieses Werkzeug benötigt ein Modell vom Typ „{1}“; dieses Modell ist vom Typ „{0}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="323"/>
        <source>Execution provider: {0}</source>
        <translation>Ausführungsprovider: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="326"/>
        <source>The requested provider could not run the model; running on {0} ({1}).</source>
        <translation>Der angeforderte Provider konnte das Modell nicht ausführen; Ausführung auf {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="342"/>
        <source>The output layer could not be created.</source>
        <translation>Der Ausgabelayer konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="355"/>
        <source>{0} blocks of up to {1} x {2} pixels go to the cluster; progress counts finished blocks.</source>
        <translation>{0} Blöcke von höchstens {1} x {2} Pixeln gehen an den Cluster; der Fortschritt zählt die fertigen Blöcke.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="363"/>
        <source>{0} blocks ran on {1} workers: {2} tiles in {3:.1f} s ({4:.1f} tiles/s); model time {5:.1f} s.</source>
        <translation>{0} Blöcke liefen auf {1} Workern: {2} Kacheln in {3:.1f} s ({4:.1f} Kacheln/s); Modellzeit {5:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="380"/>
        <source>The model failed on a batch of several images but runs on one: its graph only works at batch size 1, so it went on one image at a time. Set batch_size to 1 to skip this check.</source>
        <translation>Das Modell ist bei einem Batch aus mehreren Bildern fehlgeschlagen, läuft aber mit einem: Sein Graph funktioniert nur mit Batchgröße 1, daher wurde Bild für Bild weitergearbeitet. Setzen Sie batch_size auf 1, um diese Prüfung zu überspringen.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="414"/>
        <source>The model was trained at a cell size of {0} m on the ground; the input ({1:.6g} map units) is read at {2:.6g} map units. Set a cell size to override.</source>
        <translation>Das Modell wurde mit einer Zellengröße von {0} m am Boden trainiert; die Eingabe ({1:.6g} Karteneinheiten) wird mit {2:.6g} Karteneinheiten gelesen. Geben Sie eine Zellengröße an, um dies zu übersteuern.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="421"/>
        <source>The model was trained at a cell size of {0} m, but the input&apos;s CRS is in degrees: it is read at its own cell size. Reproject the input to a projected CRS to read it at the model&apos;s scale.</source>
        <translation>Das Modell wurde mit einer Zellengröße von {0} m trainiert, aber das KBS der Eingabe ist in Grad: Sie wird mit ihrer eigenen Zellengröße gelesen. Projizieren Sie die Eingabe in ein projiziertes KBS um, um sie im Maßstab des Modells zu lesen.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="430"/>
        <source>The model states no training cell size: the web layer is read at its finest resolution. Give a cell size to read it at another scale.</source>
        <translation>Das Modell gibt keine Trainingszellengröße an: Der Weblayer wird mit seiner feinsten Auflösung gelesen. Geben Sie eine Zellengröße an, um ihn in einem anderen Maßstab zu lesen.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="440"/>
        <source>, {0:.4g} m on the ground</source>
        <translation>, {0:.4g} m am Boden</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="442"/>
        <source> at {0:.1f} degrees of latitude</source>
        <translation> bei {0:.1f} Grad Breite</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="445"/>
        <source>, web-map zoom {0:.1f}</source>
        <translation>, Webkarten-Zoomstufe {0:.1f}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="447"/>
        <source>Input read at a cell size of {0:.6g} map units{1}{2}.</source>
        <translation>Eingabe mit einer Zellengröße von {0:.6g} Karteneinheiten gelesen{1}{2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="452"/>
        <source>The web layer&apos;s tiles are read at {0:.6g} map units per pixel (its nearest finer zoom level) and averaged down, so the model never sees enlarged tiles.</source>
        <translation>Die Kacheln des Weblayers werden mit {0:.6g} Karteneinheiten pro Pixel gelesen (seine nächste feinere Zoomstufe) und herunter gemittelt, sodass das Modell nie vergrößerte Kacheln sieht.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="11"/>
        <source>Deep learning models (*.emd *.dlpk *.onnx *.json);;All files (*.*)</source>
        <translation>Deep-Learning-Modelle (*.emd *.dlpk *.onnx *.json);;Alle Dateien (*.*)</translation>
    </message>
    <message>
        <location filename="../gui/model_arguments_widget.py" line="50"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/model_arguments_widget.py" line="50"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>RasterDLCore</name>
    <message>
        <location filename="../core/adapters/gdal/chip_writer.py" line="82"/>
        <source>Cannot write the chip &apos;{path}&apos;: {error}.</source>
        <translation>Der Bildausschnitt „{path}“ kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="43"/>
        <source>Cannot write the output &apos;{path}&apos;: {gdal_message}.</source>
        <translation>Die Ausgabe „{path}“ kann nicht geschrieben werden: {gdal_message}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="50"/>
        <source>Cannot read the raster &apos;{source}&apos; at pixels {x},{y} ({w} x {h}): {gdal_message}. The file is damaged or incomplete (truncated): copy or export it again.</source>
        <translation>Das Raster „{source}“ kann bei den Pixeln {x},{y} ({w} x {h}) nicht gelesen werden: {gdal_message}. Die Datei ist beschädigt oder unvollständig (abgeschnitten): Kopieren oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="76"/>
        <source>Cannot open the vector file &apos;{path}&apos;: {reason}.</source>
        <translation>Die Vektordatei „{path}“ lässt sich nicht öffnen: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="36"/>
        <source>Cannot write the output &apos;{path}&apos;: the disk is full ({free} bytes free; {gdal_message}). Free some space or choose another folder.</source>
        <translation>Die Ausgabe „{path}“ kann nicht geschrieben werden: Der Datenträger ist voll ({free} Byte frei; {gdal_message}). Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="75"/>
        <source>Cannot open the raster &apos;{path}&apos;: {reason}.</source>
        <translation>Das Raster „{path}“ lässt sich nicht öffnen: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/feature_copy.py" line="126"/>
        <source>The vector file &apos;{path}&apos; has no layer.</source>
        <translation>Die Vektordatei &apos;{path}&apos; hat keinen Layer.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/feature_copy.py" line="52"/>
        <source>The input features already have a field &apos;{name}&apos; of type {type}: choose another class label field name, or rename that field.</source>
        <translation>Die Eingabeobjekte haben bereits ein Feld „{name}“ vom Typ {type}: Wählen Sie einen anderen Namen für das Klassenbezeichnungsfeld oder benennen Sie dieses Feld um.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/formats.py" line="40"/>
        <source>No raster format writes &apos;.{suffix}&apos; files (&apos;{path}&apos;): save the output as .tif (GeoTIFF).</source>
        <translation>Kein Rasterformat schreibt „.{suffix}“-Dateien („{path}“): Speichern Sie die Ausgabe als .tif (GeoTIFF).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/formats.py" line="61"/>
        <source>The {what} &apos;{path}&apos; is a {driver_name} file, which cannot hold {bands} band(s) of {dtype} ({gdal_message}): save it as .tif (GeoTIFF).</source>
        <translation>„{path}“ ({what}) ist eine {driver_name}-Datei, die keine {bands} Kanäle vom Typ {dtype} aufnehmen kann ({gdal_message}): Speichern Sie sie als .tif (GeoTIFF).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/grid.py" line="20"/>
        <source>The raster &apos;{path}&apos; is rotated or not north-up: warp it to a north-up raster first (Raster &gt; Projections &gt; Warp).</source>
        <translation>Das Raster „{path}“ ist gedreht oder nicht nach Norden ausgerichtet: transformieren Sie es zuerst in ein nach Norden ausgerichtetes Raster (Raster &gt; Projektionen &gt; Transformieren (Reprojizieren)).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/grid.py" line="30"/>
        <location filename="../core/adapters/qgis/grid.py" line="25"/>
        <source>The processing extent does not overlap the input raster: choose an extent inside the raster.</source>
        <translation>Die Verarbeitungsausdehnung überschneidet sich nicht mit dem Eingaberaster: Wählen Sie eine Ausdehnung innerhalb des Rasters.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_reader.py" line="169"/>
        <location filename="../core/export/exporter.py" line="87"/>
        <source>Band list {bands} asks for bands the raster lacks (it has {band_count}).</source>
        <translation>Die Kanalliste {bands} verlangt Kanäle, die das Raster nicht hat (es hat {band_count}).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_writer.py" line="43"/>
        <source>Cannot create the folder of the output &apos;{path}&apos;: {strerror}.</source>
        <translation>Der Ordner der Ausgabe „{path}“ kann nicht erstellt werden: {strerror}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_writer.py" line="55"/>
        <source>Cannot write the output &apos;{path}&apos;: {error}. Choose a writable location.</source>
        <translation>Die Ausgabe „{path}“ kann nicht geschrieben werden: {error}. Wählen Sie einen beschreibbaren Speicherort.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/vectors.py" line="59"/>
        <source>The vector file &apos;{path}&apos; has no layer named &apos;{layer_name}&apos;.</source>
        <translation>Die Vektordatei „{path}“ hat keine Ebene namens „{layer_name}“.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/grid.py" line="42"/>
        <source>&apos;{name}&apos; is a web layer without a fixed size: give a processing extent (and a cell size, or the finest resolution the service offers is used).</source>
        <translation>„{name}“ ist ein Weblayer ohne feste Größe: Geben Sie eine Verarbeitungsausdehnung an (und eine Zellengröße, sonst wird die feinste Auflösung verwendet, die der Dienst anbietet).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/grid.py" line="49"/>
        <source>&apos;{name}&apos; does not state its resolution: give a cell size.</source>
        <translation>„{name}“ gibt seine Auflösung nicht an: Geben Sie eine Zellengröße an.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="50"/>
        <source>The input rasters could not be mosaicked; process them separately.</source>
        <translation>Die Eingaberaster konnten nicht mosaikiert werden; verarbeiten Sie sie einzeln.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="66"/>
        <source>The raster &apos;{name}&apos; could not be reprojected to the input raster&apos;s coordinate reference system; reproject it yourself (Raster &gt; Projections &gt; Warp).</source>
        <translation>Das Raster „{name}“ konnte nicht in das Koordinatenbezugssystem des Eingaberasters umprojiziert werden; projizieren Sie es selbst um (Raster &gt; Projektionen &gt; Transformieren (Reprojizieren)).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="20"/>
        <source>&apos;{name}&apos; is not a file raster, so it cannot be mosaicked; process the rasters separately (processing mode 1).</source>
        <translation>„{name}“ ist kein Dateiraster und kann daher nicht zu einem Mosaik zusammengefügt werden; verarbeiten Sie die Raster einzeln (Verarbeitungsmodus 1).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="26"/>
        <source>&apos;{name}&apos; is in {authid} but &apos;{first_name}&apos; in {first_authid}: a mosaic needs one coordinate reference system. Reproject them or process them separately.</source>
        <translation>„{name}“ liegt in {authid} vor, „{first_name}“ aber in {first_authid}: Ein Mosaik benötigt ein einziges Koordinatenbezugssystem. Projizieren Sie die Raster um oder verarbeiten Sie sie einzeln.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="36"/>
        <source>&apos;{name}&apos; has {bandcount} bands but &apos;{first_name}&apos; has {first_bandcount}: a mosaic needs the same bands in every raster.</source>
        <translation>„{name}“ hat {bandcount} Kanäle, „{first_name}“ aber {first_bandcount}: Ein Mosaik benötigt in jedem Raster dieselben Kanäle.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="73"/>
        <source>CLUSTER &apos;{cluster}&apos; is neither local:N nor a Dask scheduler address such as tcp://host:8786.</source>
        <translation>CLUSTER &apos;{cluster}&apos; ist weder local:N noch eine Dask-Scheduler-Adresse wie tcp://host:8786.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="65"/>
        <source>CLUSTER &apos;{cluster}&apos;: give local:N with N the number of worker processes (1 or more), e.g. local:4.</source>
        <translation>CLUSTER &apos;{cluster}&apos;: geben Sie local:N an, mit N der Anzahl der Worker-Prozesse (1 oder mehr), z. B. local:4.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="86"/>
        <source>CLUSTER &apos;{cluster}&apos; needs the Python packages dask and distributed, which are not installed: install them with the Install Python Dependencies tool (its option &apos;Also install dask and distributed&apos;) or &apos;python3 -m pip install dask distributed&apos; in QGIS&apos;s Python, or leave CLUSTER empty to run here.</source>
        <translation>CLUSTER &apos;{cluster}&apos; benötigt die Python-Pakete dask und distributed, die nicht installiert sind: Installieren Sie sie mit dem Werkzeug Install Python Dependencies (dessen Option &apos;Also install dask and distributed&apos;) oder mit &apos;python3 -m pip install dask distributed&apos; im Python von QGIS, oder lassen Sie CLUSTER leer, um hier auszuführen.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="131"/>
        <source>The Dask scheduler at {address} did not answer within {seconds:g} s ({error}). Check the address and that &apos;dask scheduler&apos; runs there and is reachable from this machine.</source>
        <translation>Der Dask-Scheduler unter {address} hat nicht innerhalb von {seconds:g} s geantwortet ({error}). Prüfen Sie die Adresse und ob &apos;dask scheduler&apos; dort läuft und von diesem Rechner aus erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="142"/>
        <source>The Dask scheduler at {address} has no worker (none joined within {seconds:g} s). Start workers with &apos;dask worker {address}&apos;.</source>
        <translation>Der Dask-Scheduler unter {address} hat keinen Worker (keiner kam innerhalb von {seconds:g} s hinzu). Starten Sie Worker mit &apos;dask worker {address}&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="168"/>
        <source>Could not start a local Dask cluster of {count} worker processes: {error}</source>
        <translation>Ein lokaler Dask-Cluster mit {count} Worker-Prozessen konnte nicht gestartet werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/driver.py" line="91"/>
        <source>Worker {worker}: {error}</source>
        <translation>Worker {worker}: {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/driver.py" line="85"/>
        <source>A block failed on the cluster: {error}</source>
        <translation>Ein Block ist auf dem Cluster fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="16"/>
        <source>CLUSTER runs on rasters that every worker opens by path (files, /vsis3/, /vsicurl/ ...); this input is a {provider} layer. Save it as a GeoTIFF first, or leave CLUSTER empty.</source>
        <translation>CLUSTER arbeitet mit Rastern, die jeder Worker über ihren Pfad öffnet (Dateien, /vsis3/, /vsicurl/ ...); diese Eingabe ist ein {provider}-Layer. Speichern Sie ihn zuerst als GeoTIFF, oder lassen Sie CLUSTER leer.</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="22"/>
        <source>CLUSTER cannot read several rasters as one mosaic built in memory: build a VRT file of them (Raster &gt; Miscellaneous &gt; Build Virtual Raster) on a path the workers see and give it as the input, or process the rasters separately (processing mode 1).</source>
        <translation>CLUSTER kann mehrere Raster nicht als im Speicher erstelltes Mosaik lesen: Erstellen Sie daraus eine VRT-Datei (Raster &gt; Sonstige &gt; Virtuelles Raster erstellen) auf einem Pfad, den die Worker sehen, und geben Sie sie als Eingabe an, oder verarbeiten Sie die Raster einzeln (Verarbeitungsmodus 1).</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="28"/>
        <source>With CLUSTER the input is read at its own cell size, and this run would read it at another one (the model&apos;s training cell size or CELL_SIZE). Resample the input to that cell size first, or set CELL_SIZE to the input&apos;s own cell size.</source>
        <translation>Mit CLUSTER wird die Eingabe in ihrer eigenen Zellgröße gelesen, und dieser Lauf würde sie in einer anderen lesen (der Trainingszellgröße des Modells oder CELL_SIZE). Resamplen Sie die Eingabe zuerst auf diese Zellgröße, oder setzen Sie CELL_SIZE auf die eigene Zellgröße der Eingabe.</translation>
    </message>
    <message>
        <location filename="../core/engine/contracts.py" line="88"/>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {width} x {height} pixels and {bands} bands.</source>
        <translation>Der Rasterleser hat für ein Fenster von {width} x {height} Pixeln und {bands} Kanälen die Pixel {pixels_shape} und die Maske {mask_shape} zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="400"/>
        <source>The model&apos;s detection output has the dynamic shape {shape}: set the detection format (det_type: YOLO_v5_or_v7_default, YOLO_Ultralytics or YOLO_Ultralytics_obb) in the model definition.</source>
        <translation>Die Erkennungsausgabe des Modells hat die dynamische Form {shape}: Legen Sie das Erkennungsformat (det_type: YOLO_v5_or_v7_default, YOLO_Ultralytics oder YOLO_Ultralytics_obb) in der Modelldefinition fest.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="146"/>
        <source>The model output {shape} has room for {available} class scores in the {layout} layout but the model definition lists {class_count} classes. List one class per model class, or set the detection format (det_type) that matches the model.</source>
        <translation>Die Modellausgabe {shape} bietet im Layout {layout} Platz für {available} Klassenwerte, die Modelldefinition listet aber {class_count} Klassen auf. Listen Sie eine Klasse pro Modellklasse auf oder legen Sie das zum Modell passende Erkennungsformat (det_type) fest.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="160"/>
        <source>The model output has shape {shape} but the {layout} layout is {expected}. Set the detection format (det_type) that matches the model.</source>
        <translation>Die Modellausgabe hat die Form {shape}, das Layout {layout} ist aber {expected}. Legen Sie das zum Modell passende Erkennungsformat (det_type) fest.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="227"/>
        <source>The model output has shape {shape} but the {layout} layout gives {columns} values per detection. Set the detection format (det_type) that matches the model.</source>
        <translation>Die Modellausgabe hat die Form {shape}, das Layout {layout} ergibt aber {columns} Werte pro Erkennung. Legen Sie das zum Modell passende Erkennungsformat (det_type) fest.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="238"/>
        <source>The model returned the class index {class_index} but the model definition lists {class_count} classes. List every class of the model, in index order.</source>
        <translation>Das Modell hat den Klassenindex {class_index} zurückgegeben, die Modelldefinition listet aber {class_count} Klassen auf. Listen Sie alle Klassen des Modells in der Reihenfolge ihres Index auf.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="280"/>
        <source>The model&apos;s boxes output has shape {shape}; a model with NMS built in gives boxes [N, K, 4] (x0, y0, x1, y1) with scores [N, K] and labels [N, K].</source>
        <translation>Die Ausgabe boxes des Modells hat die Form {shape}; ein Modell mit eingebauter NMS liefert boxes [N, K, 4] (x0, y0, x1, y1) mit scores [N, K] und labels [N, K].</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="291"/>
        <source>The model gives {box_count} boxes but {score_count} scores per image: the boxes, scores and labels outputs must have one entry per detection.</source>
        <translation>Das Modell liefert {box_count} Boxen, aber {score_count} Werte pro Bild: Die Ausgaben boxes, scores und labels müssen je einen Eintrag pro Erkennung haben.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="307"/>
        <source>The model returned the label {label} but the model definition lists {class_count} classes (labels are read {numbering}). List every class of the model, in label order; a definition without a class of Value 0 reads labels 1-based.</source>
        <translation>Das Modell hat das Label {label} zurückgegeben, die Modelldefinition listet aber {class_count} Klassen auf (Labels werden {numbering} gelesen). Listen Sie alle Klassen des Modells in der Reihenfolge ihrer Labels auf; bei einer Definition ohne Klasse mit Value 0 werden die Labels ab 1 gezählt.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="370"/>
        <source>No boxes output among the model outputs ({names}). A model with NMS built in gives boxes [N, K, 4], scores [N, K] and labels [N, K] outputs.</source>
        <translation>Unter den Modellausgaben ({names}) ist keine Ausgabe boxes. Ein Modell mit eingebauter NMS liefert die Ausgaben boxes [N, K, 4], scores [N, K] und labels [N, K].</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="381"/>
        <source>The model&apos;s detection output has shape {shape}; the supported single-output layouts are [N, boxes, 5 + classes] (YOLO v5/v7) and [N, 4 + classes, boxes] (Ultralytics).</source>
        <translation>Die Erkennungsausgabe des Modells hat die Form {shape}; unterstützt werden bei einer einzigen Ausgabe die Layouts [N, boxes, 5 + classes] (YOLO v5/v7) und [N, 4 + classes, boxes] (Ultralytics).</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="423"/>
        <source>The model has no outputs.</source>
        <translation>Das Modell hat keine Ausgaben.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="301"/>
        <source>The model returned an output of shape {shape} for {count} chips; an object classifier returns [chips, classes]. Use an image classification model.</source>
        <translation>Das Modell hat für {count} Bildausschnitte eine Ausgabe der Form {shape} zurückgegeben; ein Objektklassifikator gibt [chips, classes] zurück. Verwenden Sie ein Bildklassifikationsmodell.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="413"/>
        <source>The model is a {label} model; classifying objects needs an object classification model (ModelType ObjectClassification).</source>
        <translation>Das Modell ist ein Modell vom Typ {label}; zum Klassifizieren von Objekten wird ein Objektklassifikationsmodell benötigt (ModelType ObjectClassification).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="448"/>
        <location filename="../core/engine/object_detector.py" line="499"/>
        <source>The raster is empty ({width} x {height} pixels).</source>
        <translation>Das Raster ist leer ({width} x {height} Pixel).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="453"/>
        <source>The bounding-box padding must be 0 or more, got {bbox_padding}.</source>
        <translation>Der Rand um das umgebende Rechteck muss 0 oder größer sein, erhalten: {bbox_padding}.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="493"/>
        <source>{missing} features were never classified.</source>
        <translation>{missing} Objekte wurden nie klassifiziert.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="347"/>
        <source>The model returned {channels} classes for one batch and {first_channels} for another.</source>
        <translation>Das Modell hat für einen Batch {channels} Klassen und für einen anderen {first_channels} zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_detector.py" line="411"/>
        <source>The model is a {label} model; detecting objects needs an object detection model (ModelType ObjectDetection, or a Deepness/GeoDeep Detector).</source>
        <translation>Das Modell ist ein Modell vom Typ {label}; zum Erkennen von Objekten wird ein Objekterkennungsmodell benötigt (ModelType ObjectDetection oder ein Detector von Deepness/GeoDeep).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_detector.py" line="474"/>
        <source>The maximum overlap ratio must be between 0 and 1, got {max_overlap_ratio}.</source>
        <translation>Das maximale Überlappungsverhältnis muss zwischen 0 und 1 liegen, erhalten: {max_overlap_ratio}.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_parts.py" line="182"/>
        <source>The parts of the features read the model outputs in different ways.</source>
        <translation>Die Teile der Objekte haben die Modellausgaben unterschiedlich gelesen.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_parts.py" line="177"/>
        <source>Part {index} of the features was never classified.</source>
        <translation>Teil {index} der Objekte wurde nie klassifiziert.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="124"/>
        <source>The model outputs {channels} class channel{plural} but the model definition lists {class_count} classes (Values {listed}). List one class per output channel, in channel order (add {{&quot;Value&quot;: 0, &quot;Name&quot;: &quot;Background&quot;}} first when channel 0 is the background); a single-channel (sigmoid) model takes one or two classes.</source>
        <translation>Das Modell gibt {channels} Klassen-Output{plural} aus, die Modelldefinition listet aber {class_count} Klassen auf (Values {listed}). Listen Sie eine Klasse pro Ausgabekanal in Kanalreihenfolge auf (fügen Sie {{&quot;Value&quot;: 0, &quot;Name&quot;: &quot;Background&quot;}} zuerst hinzu, wenn Kanal 0 der Hintergrund ist); ein einkanaliges Modell (Sigmoid) nimmt eine oder zwei Klassen.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="153"/>
        <source>The class values {low} to {high} do not fit a 32-bit integer raster with a free nodata value.</source>
        <translation>Die Klassenwerte {low} bis {high} passen nicht in ein 32-Bit-Ganzzahlraster mit einem freien NoData-Wert.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="294"/>
        <source>With predict_background false, the model&apos;s ignore_mapped_class {ignore_mapped_class} leaves no class to predict. Set predict_background to true in the model arguments.</source>
        <translation>Mit predict_background false lässt ignore_mapped_class {ignore_mapped_class} des Modells keine Klasse zum Vorhersagen übrig. Setzen Sie predict_background in den Modellargumenten auf true.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="695"/>
        <source>The model is a {label} model; classifying pixels needs a pixel classification model (ModelType ImageClassification).</source>
        <translation>Das Modell ist ein Modell vom Typ {label}; zum Klassifizieren von Pixeln wird ein Pixelklassifikationsmodell benötigt (ModelType ImageClassification).</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="720"/>
        <source>The raster to classify is empty ({width} x {height} pixels).</source>
        <translation>Das zu klassifizierende Raster ist leer ({width} x {height} Pixel).</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="102"/>
        <source>The model definition lists no classes and the model output does not fix the number of classes. Add Classes to the model definition, one per output channel.</source>
        <translation>Die Modelldefinition listet keine Klassen auf, und die Modellausgabe legt die Anzahl der Klassen nicht fest. Fügen Sie der Modelldefinition Classes hinzu, eine pro Ausgabekanal.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="443"/>
        <source>Tile row {index} was never completed.</source>
        <translation>Die Kachelzeile {index} wurde nie abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="502"/>
        <source>The model returned an output of shape {shape} for {count} tiles of {tile} x {tile} pixels; a pixel classifier returns [tiles, classes, height, width] with a square height and width.</source>
        <translation>Das Modell hat für {count} Kacheln von {tile} x {tile} Pixeln eine Ausgabe der Form {shape} zurückgegeben; ein Pixelklassifikator gibt [tiles, classes, height, width] mit quadratischer Höhe und Breite zurück.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="513"/>
        <source>The model returns {size} x {size} pixels for tiles of {tile} x {tile}: outputs larger than the input are not supported.</source>
        <translation>Das Modell gibt für Kacheln von {tile} x {tile} eine Ausgabe von {size} x {size} Pixeln zurück: Ausgaben, die größer als die Eingabe sind, werden nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="523"/>
        <source>The model returns {channels} class channels but the model definition gives {class_count} classes. List one class per output channel in the model definition.</source>
        <translation>Das Modell gibt {channels} Klassenkanäle zurück, die Modelldefinition nennt aber {class_count} Klassen. Listen Sie in der Modelldefinition eine Klasse pro Ausgabekanal auf.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="534"/>
        <source>The model returned an output of shape {shape} for {count} tiles of {tile_w} x {tile_h} pixels (width x height); a pixel classifier returns [tiles, classes, height, width].</source>
        <translation>Das Modell hat für {count} Kacheln von {tile_w} x {tile_h} Pixeln (Breite x Höhe) eine Ausgabe der Form {shape} zurückgegeben; ein Pixelklassifikator gibt [tiles, classes, height, width] zurück.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="546"/>
        <source>The model returns {out_w} x {out_h} pixels for tiles of {tile_w} x {tile_h} (width x height): outputs larger than the input are not supported.</source>
        <translation>Das Modell gibt für Kacheln von {tile_w} x {tile_h} (Breite x Höhe) eine Ausgabe von {out_w} x {out_h} Pixeln zurück: Ausgaben, die größer als die Eingabe sind, werden nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="561"/>
        <source>The model returns {size} x {size} pixels for tiles of {tile_size}: it drops {crop} pixels at each side, more than the padding ({padding}). Set the padding to at least {crop}.</source>
        <translation>Das Modell gibt für Kacheln von {tile_size} eine Ausgabe von {size} x {size} Pixeln zurück: Es lässt auf jeder Seite {crop} Pixel weg, mehr als den Rand ({padding}). Setzen Sie den Rand (padding) auf mindestens {crop}.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="577"/>
        <source>The model returns {width} x {height} pixels for tiles of {tile_width} x {tile_size}: it drops {crop} pixels at a side, more than the padding ({padding}). Set the padding to at least {crop}.</source>
        <translation>Das Modell gibt für Kacheln von {tile_width} x {tile_size} eine Ausgabe von {width} x {height} Pixeln zurück: Es lässt an einer Seite {crop} Pixel weg, mehr als den Rand ({padding}). Setzen Sie den Rand (padding) auf mindestens {crop}.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="600"/>
        <source>Tile of row {row_index} arrived while row {index} is open.</source>
        <translation>Eine Kachel der Zeile {row_index} ist eingetroffen, während Zeile {index} offen ist.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="345"/>
        <source>Unknown merge policy &apos;{policy}&apos;: use mean, max or min.</source>
        <translation>Unbekannte Zusammenführungsregel „{policy}“: Verwenden Sie mean, max oder min.</translation>
    </message>
    <message>
        <location filename="../core/engine/stages.py" line="119"/>
        <source>The {what} stopped unexpectedly.</source>
        <translation>Der Vorgang ({what}) wurde unerwartet beendet.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="56"/>
        <source>The raster to export is empty ({width} x {height} pixels).</source>
        <translation>Das zu exportierende Raster ist leer ({width} x {height} Pixel).</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="60"/>
        <source>The tile size ({tile_x} x {tile_y} pixels) is larger than the raster ({width} x {height} pixels). Choose tiles of at most {width} x {height} pixels, or a larger extent or a finer cell size.</source>
        <translation>Die Kachelgröße ({tile_x} x {tile_y} Pixel) ist größer als das Raster ({width} x {height} Pixel). Wählen Sie Kacheln von höchstens {width} x {height} Pixeln, eine größere Ausdehnung oder eine feinere Zellengröße.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="52"/>
        <source>The {name} must be a whole number of pixels above zero, got {value}.</source>
        <translation>{name} muss eine ganze Pixelzahl größer als null sein, erhalten: {value}.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="118"/>
        <source>The buffer radius cannot be negative, got {buffer_radius_px}.</source>
        <translation>Der Pufferradius darf nicht negativ sein, erhalten: {buffer_radius_px}.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="150"/>
        <source>The tile size ({tile_x} x {tile_y} pixels) is larger than the raster ({width} x {height} pixels).</source>
        <translation>Die Kachelgröße ({tile_x} x {tile_y} Pixel) ist größer als das Raster ({width} x {height} Pixel).</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="174"/>
        <source>The feature&apos;s extent ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) lies outside the {width} x {height} pixel raster.</source>
        <translation>Die Ausdehnung des Objekts ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) liegt außerhalb des Rasters von {width} x {height} Pixeln.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="201"/>
        <source>The tile size must be positive, got {tile_x} x {tile_y}.</source>
        <translation>Die Kachelgröße muss positiv sein, erhalten: {tile_x} x {tile_y}.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="207"/>
        <source>The stride must be positive, got {stride_x} x {stride_y}.</source>
        <translation>Die Schrittweite muss positiv sein, erhalten: {stride_x} x {stride_y}.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="213"/>
        <source>{chip_format} chips hold at most 3 bands but {band_count} are exported: choose TIFF or MRF, or pick 3 bands with the band list.</source>
        <translation>{chip_format}-Bildausschnitte enthalten höchstens 3 Kanäle, exportiert werden aber {band_count}: Wählen Sie TIFF oder MRF oder wählen Sie mit der Kanalliste 3 Kanäle aus.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="220"/>
        <source>Give the class data: a labelled vector layer (input class data) or a classified raster. Only the Export_Tiles format works without labels.</source>
        <translation>Geben Sie die Klassendaten an: einen beschrifteten Vektorlayer (Eingabe-Klassendaten) oder ein klassifiziertes Raster. Nur das Format Export_Tiles funktioniert ohne Beschriftungen.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="225"/>
        <source>{metadata_mode} needs vector samples; a classified raster only feeds Classified_Tiles. Convert the raster to polygons first (Raster &gt; Conversion &gt; Polygonize).</source>
        <translation>{metadata_mode} benötigt Vektorstichproben; ein klassifiziertes Raster speist nur Classified_Tiles. Wandeln Sie das Raster zuerst in Polygone um (Raster &gt; Konvertierung &gt; Polygonisieren (Raster nach Vektor)).</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="231"/>
        <source>Only MAP_SPACE and PIXEL_SPACE are supported: image space needs the sensor model of the image, which QGIS does not provide.</source>
        <translation>Nur MAP_SPACE und PIXEL_SPACE werden unterstützt: Der Bildraum benötigt das Sensormodell des Bildes, das QGIS nicht bereitstellt.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="343"/>
        <location filename="../core/export/exporter.py" line="607"/>
        <location filename="../core/export/ranges.py" line="94"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="215"/>
        <source>A MultiLabeled_Tiles chip needs at least one class.</source>
        <translation>Ein MultiLabeled_Tiles-Bildausschnitt benötigt mindestens eine Klasse.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="242"/>
        <source>A polygon ring has a non-finite coordinate.</source>
        <translation>Ein Polygonring hat eine nicht endliche Koordinate.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="405"/>
        <source>A COCO annotation needs a box or at least one polygon.</source>
        <translation>Eine COCO-Annotation benötigt eine Box oder mindestens ein Polygon.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="510"/>
        <source>The folder {folder} holds files but no readable training-data export ({reason}); choose an empty folder, or the folder of an existing export to continue it.</source>
        <translation>Der Ordner {folder} enthält Dateien, aber keinen lesbaren Trainingsdatenexport ({reason}); wählen Sie einen leeren Ordner oder den Ordner eines vorhandenen Exports, um diesen fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="520"/>
        <source>The folder already holds a {existing_mode} export; choose an empty folder or the same metadata format to continue it</source>
        <translation>Der Ordner enthält bereits einen Export im Format {existing_mode}; wählen Sie einen leeren Ordner oder dasselbe Metadatenformat, um ihn fortzusetzen</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="541"/>
        <source>The output {folder} is a file, not a folder; choose a folder.</source>
        <translation>Die Ausgabe {folder} ist eine Datei, kein Ordner; wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="602"/>
        <source>START_INDEX must be 0 or more, got {start_index}.</source>
        <translation>START_INDEX muss 0 oder größer sein, erhalten: {start_index}.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="608"/>
        <source>The folder holds chips of {old_width} x {old_height} pixels, this run makes {width} x {height}; use the same tile size to continue it, or choose an empty folder.</source>
        <translation>Der Ordner enthält Bildausschnitte von {old_width} x {old_height} Pixeln, dieser Lauf erzeugt {width} x {height}; verwenden Sie dieselbe Kachelgröße, um ihn fortzusetzen, oder wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="618"/>
        <source>The folder holds chips of {old_band_count} bands, this run makes {band_count}; use the same bands to continue it, or choose an empty folder.</source>
        <translation>Der Ordner enthält Bildausschnitte mit {old_band_count} Kanälen, dieser Lauf erzeugt {band_count}; verwenden Sie dieselben Kanäle, um ihn fortzusetzen, oder wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="625"/>
        <source>The folder already holds chips up to {last_index:09d}; set START_INDEX to {next_index} (or more) to add chips without overwriting them, or choose an empty folder.</source>
        <translation>Der Ordner enthält bereits Bildausschnitte bis {last_index:09d}; setzen Sie START_INDEX auf {next_index} (oder höher), um Bildausschnitte hinzuzufügen, ohne sie zu überschreiben, oder wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="147"/>
        <source>Tile size and band count must be at least 1.</source>
        <translation>Kachelgröße und Kanalanzahl müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="553"/>
        <source>MetaDataMode is missing</source>
        <translation>MetaDataMode fehlt</translation>
    </message>
    <message>
        <location filename="../core/export/rotation.py" line="32"/>
        <source>The rotation angle must be at least 0 and below 360 degrees, got {angle}.</source>
        <translation>Der Drehwinkel muss mindestens 0 und kleiner als 360 Grad sein, erhalten: {angle}.</translation>
    </message>
    <message>
        <location filename="../core/export/statistics.py" line="211"/>
        <source>BandStatsState is empty.</source>
        <translation>BandStatsState ist leer.</translation>
    </message>
    <message>
        <location filename="../core/export/statistics.py" line="531"/>
        <source>A class label chip holds non-integer values.</source>
        <translation>Ein Bildausschnitt mit Klassenbeschriftungen enthält nicht ganzzahlige Werte.</translation>
    </message>
    <message>
        <location filename="../core/install/dependencies.py" line="126"/>
        <source>The Python package &apos;{package}&apos; is required but could not be imported ({error}). Install it into the Python that QGIS uses with:
    {command}
then restart QGIS.</source>
        <translation>Das Python-Paket „{package}“ wird benötigt, konnte aber nicht importiert werden ({error}). Installieren Sie es in das von QGIS verwendete Python mit:
    {command}
und starten Sie QGIS dann neu.</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="114"/>
        <source>The NVIDIA GPU (CUDA) build of onnxruntime does not exist for macOS; choose the CPU or Automatic build (the CPU build uses Core ML on Apple hardware).</source>
        <translation>Die NVIDIA-GPU-Variante (CUDA) von onnxruntime gibt es für macOS nicht; wählen Sie die CPU- oder die automatische Variante (die CPU-Variante nutzt auf Apple-Hardware Core ML).</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="464"/>
        <source>Could not query the Python that QGIS uses ({python}, exit status {returncode}): {tail}</source>
        <translation>Das von QGIS verwendete Python ({python}) konnte nicht abgefragt werden (Exit-Status {returncode}): {tail}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="594"/>
        <source>pip could not install {packages} (exit status {status}): {pip_failure}{hint} (pip&apos;s full output is in the log)</source>
        <translation>pip konnte {packages} nicht installieren (Exit-Status {status}): {pip_failure}{hint} (die vollständige Ausgabe von pip steht im Protokoll)</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="297"/>
        <source>Could not start {argv}: {error}</source>
        <translation>{argv} konnte nicht gestartet werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="458"/>
        <source>Could not run the Python that QGIS uses ({python}): {error}</source>
        <translation>Das von QGIS verwendete Python ({python}) konnte nicht ausgeführt werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="312"/>
        <source>The installation was canceled; pip was stopped.</source>
        <translation>Die Installation wurde abgebrochen; pip wurde beendet.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="473"/>
        <source>The {name} must be between 0 and 1, got {value}.</source>
        <translation>{name} muss zwischen 0 und 1 liegen, erhalten: {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="55"/>
        <source>The arguments table has {count} cells; it needs two columns, Name and Value.</source>
        <translation>Die Argumenttabelle hat {count} Zellen; sie benötigt zwei Spalten, Name und Value.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="381"/>
        <source>The model argument &apos;tile_size&apos; must be {expected}, got &apos;{value}&apos;.</source>
        <translation>Das Modellargument tile_size muss {expected} sein, erhalten: „{value}“.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="399"/>
        <source>The padding must be 0 or more, got {padding}.</source>
        <translation>Der Rand (padding) muss 0 oder größer sein, erhalten: {padding}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="409"/>
        <source>The tile size must be larger than twice the padding: tile_size {tile_size} with padding {padding}. Lower the padding below {limit} or raise the tile size.</source>
        <translation>Die Kachelgröße muss größer als der doppelte Rand sein: tile_size {tile_size} mit padding {padding}. Senken Sie den Rand unter {limit} oder erhöhen Sie die Kachelgröße.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="417"/>
        <location filename="../core/model/arguments.py" line="462"/>
        <source>The batch size must be between 1 and {max_batch_size}, got {batch_size}.</source>
        <translation>Die Batchgröße muss zwischen 1 und {max_batch_size} liegen, erhalten: {batch_size}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="429"/>
        <source>The model takes tiles of {width} x {height} pixels (width x height) but tile_size is {tile_size}. Set tile_size to {wanted}.</source>
        <translation>Das Modell nimmt Kacheln von {width} x {height} Pixeln (Breite x Höhe), aber tile_size ist {tile_size}. Setzen Sie tile_size auf {wanted}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="468"/>
        <source>The score_threshold must be between 0 and 1, got {score_threshold}.</source>
        <translation>score_threshold muss zwischen 0 und 1 liegen, erhalten: {score_threshold}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="472"/>
        <source>The threshold must be between 0 and 1, got {value}.</source>
        <translation>Der Schwellenwert muss zwischen 0 und 1 liegen, erhalten: {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="72"/>
        <source>Each model argument must be a (name, value) pair, got {item!r}.</source>
        <translation>Jedes Modellargument muss ein Paar (Name, Wert) sein, erhalten: {item!r}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="184"/>
        <source>The model argument value &apos;{value}&apos; has no name. Name it or remove the row.</source>
        <translation>Der Modellargumentwert „{value}“ hat keinen Namen. Benennen Sie ihn oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="190"/>
        <source>Unknown model argument &apos;{name}&apos;. The known arguments are: {known}.</source>
        <translation>Unbekanntes Modellargument „{name}“. Die bekannten Argumente sind: {known}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="196"/>
        <source>The model argument &apos;{name}&apos; is given twice. Keep one row.</source>
        <translation>Das Modellargument „{name}“ ist zweimal angegeben. Behalten Sie eine Zeile.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="202"/>
        <source>The model argument &apos;{name}&apos; must be {expected}, got &apos;{value}&apos;.</source>
        <translation>Das Modellargument „{name}“ muss {expected} sein, erhalten: „{value}“.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="348"/>
        <source>A model argument has a value of the wrong type: {error}.</source>
        <translation>Ein Modellargument hat einen Wert vom falschen Typ: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="402"/>
        <source>The tile size must be between 1 and {max_tile_size}, got {shown}.</source>
        <translation>Die Kachelgröße muss zwischen 1 und {max_tile_size} liegen, erhalten: {shown}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="451"/>
        <source>The merge_policy must be one of {merge_policies}, got &apos;{merge_policy}&apos;.</source>
        <translation>merge_policy muss eines von {merge_policies} sein, erhalten: „{merge_policy}“.</translation>
    </message>
    <message>
        <location filename="../core/model/definition_fields.py" line="185"/>
        <source>In {where}, {key} has the invalid value {value}: it must be {expected}. Correct {key} and load the model again.</source>
        <translation>In {where} hat {key} den ungültigen Wert {value}: Erwartet wird {expected}. Korrigieren Sie {key} und laden Sie das Modell erneut.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="115"/>
        <source>The deep learning package &apos;{name}&apos; holds no ONNX model (.onnx), only its model file &apos;{model_file}&apos;: this plugin runs ONNX models. Export the model to ONNX (for example with torch.onnx.export) and package that.</source>
        <translation>Das Deep-Learning-Paket „{name}“ enthält kein ONNX-Modell (.onnx), nur seine Modelldatei „{model_file}“: Dieses Plugin führt ONNX-Modelle aus. Exportieren Sie das Modell nach ONNX (zum Beispiel mit torch.onnx.export) und packen Sie dieses.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="255"/>
        <source>The deep learning package &apos;{name}&apos; is unsafe: its entry &apos;{entry}&apos; {why}. Refusing to extract it; only use packages from a trusted source.</source>
        <translation>Das Deep-Learning-Paket „{name}“ ist unsicher (Eintrag „{entry}“: {why}). Es wird nicht entpackt; verwenden Sie nur Pakete aus vertrauenswürdiger Quelle.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="62"/>
        <source>The deep learning package &apos;{path}&apos; does not exist or is not a file. Choose an existing .dlpk file.</source>
        <translation>Das Deep-Learning-Paket „{path}“ existiert nicht oder ist keine Datei. Wählen Sie eine vorhandene .dlpk-Datei.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="198"/>
        <source>The deep learning package &apos;{name}&apos; has {count} entries, more than the {max_entries} accepted. It is not a model package; check the file.</source>
        <translation>Das Deep-Learning-Paket „{name}“ hat {count} Einträge, mehr als die zulässigen {max_entries}. Es ist kein Modellpaket; prüfen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="274"/>
        <source>The deep learning package &apos;{name}&apos; holds no .emd model definition. A .dlpk must contain &apos;&lt;name&gt;.emd&apos; next to the model file.</source>
        <translation>Das Deep-Learning-Paket „{name}“ enthält keine .emd-Modelldefinition. Ein .dlpk muss neben der Modelldatei eine „&lt;name&gt;.emd“ enthalten.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="282"/>
        <source>The deep learning package &apos;{name}&apos; holds several .emd files at the same level ({shallowest}), so the model to use is ambiguous. Keep only one.</source>
        <translation>Das Deep-Learning-Paket „{name}“ enthält mehrere .emd-Dateien auf derselben Ebene ({shallowest}), daher ist unklar, welches Modell zu verwenden ist. Behalten Sie nur eine.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="70"/>
        <source>The deep learning package &apos;{name}&apos; is not a valid zip archive ({error}). The file may be truncated or corrupt: download or export it again.</source>
        <translation>Das Deep-Learning-Paket „{name}“ ist kein gültiges ZIP-Archiv ({error}). Die Datei ist möglicherweise abgeschnitten oder beschädigt: Laden Sie sie erneut herunter oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="212"/>
        <source>The deep learning package &apos;{name}&apos; expands to more than {max_total_size} bytes (limit reached at entry &apos;{filename}&apos;). Refusing to extract it: check the file.</source>
        <translation>Das Deep-Learning-Paket „{name}“ wird entpackt größer als {max_total_size} Byte (Grenze erreicht bei Eintrag „{filename}“). Es wird nicht entpackt: Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="223"/>
        <source>The deep learning package &apos;{name}&apos; holds the entry &apos;{filename}&apos; twice (also as &apos;{first_entry}&apos;). Re-create the package from its folder.</source>
        <translation>Das Deep-Learning-Paket „{name}“ enthält den Eintrag „{filename}“ zweimal (auch als „{first_entry}“). Erstellen Sie das Paket neu aus seinem Ordner.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="298"/>
        <source>Cannot read the deep learning package &apos;{path}&apos;: {error}.</source>
        <translation>Das Deep-Learning-Paket „{path}“ kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="317"/>
        <source>Cannot create the package cache folder &apos;{parent}&apos;: {error}. Check that the folder is writable.</source>
        <translation>Der Paket-Cache-Ordner „{parent}“ kann nicht erstellt werden: {error}. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="342"/>
        <source>Cannot extract the deep learning package &apos;{name}&apos;: {error}. The file may be truncated, corrupt or encrypted: download or export it again.</source>
        <translation>Das Deep-Learning-Paket „{name}“ kann nicht entpackt werden: {error}. Die Datei ist möglicherweise abgeschnitten, beschädigt oder verschlüsselt: Laden Sie sie erneut herunter oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="363"/>
        <source>The deep learning package &apos;{name}&apos; expands to more than {max_total_size} bytes (limit reached at entry &apos;{filename}&apos;). Refusing to extract it.</source>
        <translation>Das Deep-Learning-Paket „{name}“ wird entpackt größer als {max_total_size} Byte (Grenze erreicht bei Eintrag „{filename}“). Es wird nicht entpackt.</translation>
    </message>
    <message>
        <location filename="../core/model/execution.py" line="91"/>
        <source>The GPU id must be 0 or more, got {gpu_id}. Use 0 for the first GPU.</source>
        <translation>Die GPU-ID muss 0 oder größer sein, erhalten: {gpu_id}. Verwenden Sie 0 für die erste GPU.</translation>
    </message>
    <message>
        <location filename="../core/model/execution.py" line="102"/>
        <source>No GPU execution provider is available in the installed onnxruntime (it offers: {listed}). Install onnxruntime-gpu for an NVIDIA GPU (or onnxruntime-directml on Windows) in place of onnxruntime, or choose the CPU processor.</source>
        <translation>Das installierte onnxruntime bietet keinen GPU-Ausführungsprovider (verfügbar: {listed}). Installieren Sie anstelle von onnxruntime das Paket onnxruntime-gpu für eine NVIDIA-GPU (oder onnxruntime-directml unter Windows) oder wählen Sie den Prozessortyp CPU.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="733"/>
        <source>In {where}, {key} = {value} does not fit the model &apos;{name}&apos;: {why}. Set {key} to {fix} or remove it.</source>
        <translation>In {where} passt {key} = {value} nicht zum Modell „{name}“: {why}. Setzen Sie {key} auf {fix} oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="132"/>
        <source>No model definition was given. Choose an .emd, .dlpk or .onnx file, or paste the JSON.</source>
        <translation>Es wurde keine Modelldefinition angegeben. Wählen Sie eine .emd-, .dlpk- oder .onnx-Datei oder fügen Sie das JSON ein.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="137"/>
        <source>The model definition &apos;{path}&apos; does not exist or is not a file. Choose an existing .emd, .dlpk or .onnx file.</source>
        <translation>Die Modelldefinition „{path}“ existiert nicht oder ist keine Datei. Wählen Sie eine vorhandene .emd-, .dlpk- oder .onnx-Datei.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="159"/>
        <source>The deep learning package &apos;{name}&apos; holds no usable .emd file.</source>
        <translation>Das Deep-Learning-Paket „{name}“ enthält keine verwendbare .emd-Datei.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="192"/>
        <source>In {where}, ModelFile &apos;{printable}&apos; points outside the package (to &apos;{target}&apos;): a package may only use the files it contains. Put the model file in the package.</source>
        <translation>In {where} verweist ModelFile „{printable}“ aus dem Paket hinaus (auf „{target}“): Ein Paket darf nur die Dateien verwenden, die es enthält. Legen Sie die Modelldatei in das Paket.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="203"/>
        <source>{where} must be a JSON object ({{&quot;ModelFile&quot;: ..., &quot;ModelType&quot;: ...}}), not a JSON {json_type}.</source>
        <translation>{where} muss ein JSON-Objekt sein ({{&quot;ModelFile&quot;: ..., &quot;ModelType&quot;: ...}}), kein JSON-Wert vom Typ {json_type}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="483"/>
        <source>In {where}, NormalizationStats lacks {missing}: it needs band_min_values and band_max_values, and either both or neither of scaled_mean_values and scaled_std_values. Complete NormalizationStats or remove it.</source>
        <translation>In {where} fehlt NormalizationStats {missing}: Benötigt werden band_min_values und band_max_values sowie entweder beide oder keiner der Werte scaled_mean_values und scaled_std_values. Vervollständigen Sie NormalizationStats oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="503"/>
        <source>In {where}, NormalizationStats.scaled_std_values {std} holds a value &lt;= 0. Standard deviations must be positive: correct them.</source>
        <translation>In {where} enthält NormalizationStats.scaled_std_values {std} einen Wert &lt;= 0. Standardabweichungen müssen positiv sein: Korrigieren Sie sie.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="582"/>
        <source>{where} has no ModelType. Add &quot;ModelType&quot; with one of: {known_types}.</source>
        <translation>{where} hat keinen ModelType. Fügen Sie &quot;ModelType&quot; mit einem der folgenden Werte hinzu: {known_types}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="618"/>
        <source>In {where}, {key} is &apos;{printable}&apos;: this plugin runs models trained with arcgis.learn&apos;s PyTorch backend only (a TensorFlow model took channels-last input with other preprocessing, and arcgis.learn dropped that backend in 2.4.2). Retrain with backend=&apos;pytorch&apos;, or set {key} to &quot;pytorch&quot; if the ONNX model takes channels-first (NCHW) input prepared as arcgis.learn prepares it for PyTorch.</source>
        <translation>In {where} ist {key} „{printable}“: Dieses Plugin führt nur Modelle aus, die mit dem PyTorch-Backend von arcgis.learn trainiert wurden (ein TensorFlow-Modell nahm Eingaben mit den Kanälen zuletzt und anderer Vorverarbeitung, und arcgis.learn hat dieses Backend in 2.4.2 aufgegeben). Trainieren Sie neu mit backend=&apos;pytorch&apos; oder setzen Sie {key} auf &quot;pytorch&quot;, wenn das ONNX-Modell Eingaben mit den Kanälen zuerst (NCHW) nimmt, die so vorbereitet sind, wie arcgis.learn sie für PyTorch vorbereitet.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="656"/>
        <source>{where} has no ModelFile. Add &quot;ModelFile&quot;: the path of the .onnx model, relative to the definition&apos;s folder or absolute.</source>
        <translation>{where} hat keine ModelFile. Fügen Sie &quot;ModelFile&quot; hinzu: den Pfad des .onnx-Modells, relativ zum Ordner der Definition oder absolut.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="664"/>
        <source>In {where}, {key} &apos;{printable}&apos; points to &apos;{path}&apos;, which does not exist or is not a file. Put the model file there or correct ModelFile.</source>
        <translation>In {where} verweist {key} „{printable}“ auf „{path}“, das nicht existiert oder keine Datei ist. Legen Sie die Modelldatei dort ab oder korrigieren Sie ModelFile.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="126"/>
        <source>A model definition must be a file path or a JSON text, not {name}.</source>
        <translation>Eine Modelldefinition muss ein Dateipfad oder ein JSON-Text sein, nicht {name}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="457"/>
        <source>In {where}, {entry} is {needs}: the model was trained on imagery normalised with its band statistics, but the definition has no NormalizationStats. Add the NormalizationStats arcgis.learn wrote, or a &quot;DataRange&quot;: [min, max] that scales the bands as in training.</source>
        <translation>In {where} ist {entry} {needs}: Das Modell wurde mit Bildern trainiert, die mit ihren Kanalstatistiken normalisiert wurden, aber die Definition hat keine NormalizationStats. Fügen Sie die von arcgis.learn geschriebenen NormalizationStats hinzu oder einen Eintrag &quot;DataRange&quot;: [min, max], der die Kanäle wie im Training skaliert.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="493"/>
        <source>In {where}, NormalizationStats gives band {bands} a band_max_values ({highs}) not above its band_min_values ({lows}), which would divide by zero. Correct the band statistics.</source>
        <translation>In {where} gibt NormalizationStats dem Kanal {bands} einen Wert band_max_values ({highs}), der nicht über seinem band_min_values ({lows}) liegt, was eine Division durch null ergäbe. Korrigieren Sie die Kanalstatistiken.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="675"/>
        <source>In {where}, {key} &apos;{printable}&apos; cannot be used. {error}</source>
        <translation>In {where} kann {key} „{printable}“ nicht verwendet werden. {error}</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="768"/>
        <source>{where} is not valid JSON: {error} at line {line}, column {column}. Fix the syntax (quotes, commas, brackets) there.</source>
        <translation>{where} ist kein gültiges JSON: {error} in Zeile {line}, Spalte {column}. Korrigieren Sie dort die Syntax (Anführungszeichen, Kommas, Klammern).</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="777"/>
        <source>{where} is not usable JSON: {error}.</source>
        <translation>{where} ist kein verwendbares JSON: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="786"/>
        <source>Cannot read the model definition &apos;{path}&apos;: {error}.</source>
        <translation>Die Modelldefinition „{path}“ kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="88"/>
        <source>The model file &apos;{path}&apos; is a folder, not an ONNX model. Choose the .onnx file itself.</source>
        <translation>Die Modelldatei „{path}“ ist ein Ordner, kein ONNX-Modell. Wählen Sie die .onnx-Datei selbst.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="99"/>
        <source>The model file &apos;{name}&apos; is empty, so it is not an ONNX model. Export the model to ONNX again.</source>
        <translation>Die Modelldatei „{name}“ ist leer und damit kein ONNX-Modell. Exportieren Sie das Modell erneut nach ONNX.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="104"/>
        <source>The model file &apos;{name}&apos; is a PyTorch checkpoint (a zip archive saved by torch.save), not an ONNX model. Export it to ONNX with torch.onnx.export and point ModelFile at the .onnx file (a .dlpk package must be given as the model itself, not as its ModelFile).</source>
        <translation>Die Modelldatei „{name}“ ist ein PyTorch-Checkpoint (ein mit torch.save gespeichertes ZIP-Archiv), kein ONNX-Modell. Exportieren Sie es mit torch.onnx.export nach ONNX und lassen Sie ModelFile auf die .onnx-Datei verweisen (ein .dlpk-Paket muss als das Modell selbst angegeben werden, nicht als seine ModelFile).</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="111"/>
        <source>The model file &apos;{name}&apos; is a Python pickle (e.g. an old PyTorch checkpoint), not an ONNX model. Export it to ONNX with torch.onnx.export.</source>
        <translation>Die Modelldatei „{name}“ ist ein Python-Pickle (z. B. ein alter PyTorch-Checkpoint), kein ONNX-Modell. Exportieren Sie es mit torch.onnx.export nach ONNX.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="117"/>
        <source>The model file &apos;{name}&apos; is an HDF5 file (e.g. a Keras model), not an ONNX model. Convert it to ONNX (for example with tf2onnx).</source>
        <translation>Die Modelldatei „{name}“ ist eine HDF5-Datei (z. B. ein Keras-Modell), kein ONNX-Modell. Konvertieren Sie sie nach ONNX (zum Beispiel mit tf2onnx).</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="123"/>
        <source>The model file &apos;{name}&apos; is not an ONNX model (it does not start like one). Choose a .onnx file exported from your training framework.</source>
        <translation>Die Modelldatei „{name}“ ist kein ONNX-Modell (sie beginnt nicht wie eines). Wählen Sie eine aus Ihrem Trainingsframework exportierte .onnx-Datei.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="153"/>
        <source>The ONNX model &apos;{name}&apos; has no input, so it cannot take an image.</source>
        <translation>Das ONNX-Modell „{name}“ hat keine Eingabe und kann daher kein Bild aufnehmen.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="95"/>
        <source>Cannot read the model file &apos;{path}&apos;: {error}.</source>
        <translation>Die Modelldatei „{path}“ kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="146"/>
        <source>onnxruntime cannot load the model file &apos;{name}&apos;: {reason}. Check that it is a complete ONNX file supported by this onnxruntime version.</source>
        <translation>onnxruntime kann die Modelldatei „{name}“ nicht laden: {reason}. Prüfen Sie, ob es eine vollständige ONNX-Datei ist, die diese onnxruntime-Version unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/model/output_selection.py" line="37"/>
        <source>The model argument output_index is {index!r} but the model has {count} output{plural} (0 to {last}). Choose one of them.</source>
        <translation>Das Modellargument output_index ist {index!r}, das Modell hat aber {count} Output{plural} (0 bis {last}). Wählen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="39"/>
        <source>The model wants bands {wanted} (1-based) but the raster has {count} bands. Use a raster with these bands, or a model definition whose ExtractBands (0-based) matches this raster.</source>
        <translation>Das Modell verlangt die Kanäle {wanted} (ab 1 gezählt), aber das Raster hat {count} Kanäle. Verwenden Sie ein Raster mit diesen Kanälen oder eine Modelldefinition, deren ExtractBands (ab 0 gezählt) zu diesem Raster passt.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="71"/>
        <source>The model input takes {shape} bands but the model definition extracts {count} ({bands}, 0-based). Fix ExtractBands in the model definition.</source>
        <translation>Die Modelleingabe nimmt {shape} Kanäle, die Modelldefinition extrahiert aber {count} ({bands}, ab 0 gezählt). Korrigieren Sie ExtractBands in der Modelldefinition.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="82"/>
        <source>The tile size must be positive, got {height} x {width} pixels.</source>
        <translation>Die Kachelgröße muss positiv sein, erhalten: {height} x {width} Pixel.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="91"/>
        <source>The model takes tiles of {model_height} x {model_width} pixels but the tile size is {height} x {width}. Set tile_size to {size}, the model&apos;s size.</source>
        <translation>Das Modell nimmt Kacheln von {model_height} x {model_width} Pixeln, aber die Kachelgröße ist {height} x {width}. Setzen Sie tile_size auf {size}, die Größe des Modells.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="109"/>
        <source>The normalisation {what} has {value_count} values but the model reads {count} bands. Give one value per extracted band in the model definition.</source>
        <translation>Die Normalisierung {what} hat {value_count} Werte, das Modell liest aber {count} Kanäle. Geben Sie in der Modelldefinition einen Wert pro extrahiertem Kanal an.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="164"/>
        <source>Chips must be shaped (samples, bands, height, width); got shape {shape}.</source>
        <translation>Bildausschnitte müssen die Form (samples, bands, height, width) haben; erhalten: Form {shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="34"/>
        <source>The model wants bands {wanted} (1-based) but the raster has 1 band. Use a raster with these bands, or a model definition whose ExtractBands (0-based) matches this raster.</source>
        <translation>Das Modell verlangt die Kanäle {wanted} (ab 1 gezählt), aber das Raster hat 1 Kanal. Verwenden Sie ein Raster mit diesen Kanälen oder eine Modelldefinition, deren ExtractBands (ab 0 gezählt) zu diesem Raster passt.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="172"/>
        <source>The model input type &apos;{dtype}&apos; is not a numpy data type.</source>
        <translation>Der Eingabetyp „{dtype}“ des Modells ist kein numpy-Datentyp.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="147"/>
        <source>onnxruntime cannot load the model {name}: {error}. Check that the file is a complete ONNX model that this onnxruntime version supports.</source>
        <translation>onnxruntime kann das Modell {name} nicht laden: {error}. Prüfen Sie, ob die Datei ein vollständiges ONNX-Modell ist, das diese onnxruntime-Version unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="76"/>
        <source>The model file {model_file} does not exist. Check the ModelFile path of the model definition (it is relative to the .emd file&apos;s folder).</source>
        <translation>Die Modelldatei {model_file} existiert nicht. Prüfen Sie den Pfad ModelFile der Modelldefinition (er ist relativ zum Ordner der .emd-Datei).</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="91"/>
        <source>The thread count must be 0 (automatic) or more, got {threads}.</source>
        <translation>Die Anzahl der Threads muss 0 (automatisch) oder größer sein, erhalten: {threads}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="96"/>
        <source>Unknown graph optimization level &apos;{optimization}&apos;: use one of {optimization_levels}.</source>
        <translation>Unbekannte Graphoptimierungsstufe „{optimization}“: Verwenden Sie eine von {optimization_levels}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="124"/>
        <source>The model {name} loads on CPU but the GPU provider ({names}) failed: {error}. Check the GPU driver and CUDA/cuDNN installation, or choose the CPU processor.</source>
        <translation>Das Modell {name} lässt sich auf der CPU laden, aber der GPU-Provider ({names}) ist fehlgeschlagen: {error}. Prüfen Sie den GPU-Treiber und die CUDA/cuDNN-Installation oder wählen Sie den Prozessortyp CPU.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="201"/>
        <source>No samples to run: the batch is empty.</source>
        <translation>Keine Eingabebeispiele zu verarbeiten: Der Batch ist leer.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="203"/>
        <source>The model input &apos;{name}&apos; has {dims} dimensions {model_shape} but the data has {ndim} {data_shape}.</source>
        <translation>Die Modelleingabe „{name}“ hat {dims} Dimensionen {model_shape}, die Daten aber {ndim} {data_shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="306"/>
        <source>The batch size must be 1 or more, got {batch_size}.</source>
        <translation>Die Batchgröße muss 1 oder größer sein, erhalten: {batch_size}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="214"/>
        <source>The model input &apos;{name}&apos; is {model_shape} but the data is {data_shape} (dimension {axis} differs). Set the tile size and bands to what the model takes.</source>
        <translation>Die Modelleingabe „{name}“ ist {model_shape}, die Daten aber {data_shape} (Dimension {axis} weicht ab). Stellen Sie Kachelgröße und Kanäle auf das ein, was das Modell nimmt.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="229"/>
        <source>Running the model {name} on {provider} failed: {error}</source>
        <translation>Das Ausführen des Modells {name} mit {provider} ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="273"/>
        <source>The model {name} returned {bad} NaN or infinite values in its output &apos;{output}&apos; (of {size}): its results cannot be trusted, so nothing was written. Check the model and its normalisation (a division by zero, or input values far outside those it was trained on).</source>
        <translation>Das Modell {name} hat in seiner Ausgabe „{output}“ {bad} NaN- oder unendliche Werte (von {size}) zurückgegeben: Seinen Ergebnissen ist nicht zu trauen, daher wurde nichts geschrieben. Prüfen Sie das Modell und seine Normalisierung (eine Division durch null oder Eingabewerte weit außerhalb derer, mit denen es trainiert wurde).</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="339"/>
        <source>The model output &apos;{name}&apos; (shape {shape}) has no batch dimension, so its results cannot be split per sample. Run it with a batch size of 1.</source>
        <translation>Die Modellausgabe „{name}“ (Form {shape}) hat keine Batch-Dimension, daher lassen sich ihre Ergebnisse nicht pro Stichprobe aufteilen. Führen Sie es mit einer Batchgröße von 1 aus.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="287"/>
        <source>{cause} {width:.3g} x {height:.3g} pixels ({pixels:.3g} pixels; at most {max_raster_side} on a side and {max_raster_pixels:.0e} in all): choose a larger cell size or a smaller extent.</source>
        <translation>{cause} {width:.3g} x {height:.3g} Pixel ({pixels:.3g} Pixel; höchstens {max_raster_side} pro Seite und {max_raster_pixels:.0e} insgesamt): Wählen Sie eine größere Zellengröße oder eine kleinere Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="304"/>
        <source>Tiles of {tile_width} x {tile_height} with a stride of {stride_x} x {stride_y} would give {count:.3g} chips (at most {max_chips:.0e}): choose a larger cell size, a larger stride or a smaller extent.</source>
        <translation>Kacheln von {tile_width} x {tile_height} mit einer Schrittweite von {stride_x} x {stride_y} ergäben {count:.3g} Bildausschnitte (höchstens {max_chips:.0e}): Wählen Sie eine größere Zellengröße, eine größere Schrittweite oder eine kleinere Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="228"/>
        <source>The output &apos;{final}&apos; is a folder: choose a file name.</source>
        <translation>Die Ausgabe „{final}“ ist ein Ordner: Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="246"/>
        <source>Cannot move the output &apos;{final}&apos; in place: {value}.</source>
        <translation>Die Ausgabe „{final}“ kann nicht an ihren Platz verschoben werden: {value}.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="119"/>
        <source>The output {name} &apos;{uri}&apos; is the input {input_name} &apos;{input_uri}&apos;: writing it would destroy the input. Choose another output file.</source>
        <translation>Die Ausgabe {name} „{uri}“ ist die Eingabe {input_name} „{input_uri}“: Sie zu schreiben würde die Eingabe zerstören. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="129"/>
        <source>The outputs {other_name} and {name} are both &apos;{uri}&apos;: one would overwrite the other. Give each output its own file.</source>
        <translation>Die Ausgaben {other_name} und {name} sind beide „{uri}“: Eine würde die andere überschreiben. Geben Sie jeder Ausgabe eine eigene Datei.</translation>
    </message>
    <message>
        <location filename="../core/output/writable.py" line="21"/>
        <source>The output &apos;{path}&apos; cannot be written ({reason}). Choose a folder you can write to.</source>
        <translation>Die Ausgabe „{path}“ kann nicht geschrieben werden ({reason}). Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>CLUSTER &apos;{cluster}&apos; needs the Python packages dask and distributed, which are not installed: install them with the Install Python Dependencies tool (optional packages) or &apos;python3 -m pip install dask distributed&apos; in QGIS&apos;s Python, or leave CLUSTER empty to run here.</source>
        <translation type="vanished">CLUSTER &apos;{cluster}&apos; benötigt die Python-Pakete dask und distributed, die nicht installiert sind: Installieren Sie sie mit dem Werkzeug Install Python Dependencies (optionale Pakete) oder mit &apos;python3 -m pip install dask distributed&apos; im Python von QGIS, oder lassen Sie CLUSTER leer, um hier auszuführen.</translation>
    </message>
    <message>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {w} x {h} pixels and {band_count} bands.</source>
        <translation type="vanished">Der Rasterleser hat für ein Fenster von {w} x {h} Pixeln und {band_count} Kanälen die Pixel {pixels_shape} und die Maske {mask_shape} zurückgegeben.</translation>
    </message>
    <message>
        <source>The object classification was cancelled.</source>
        <translation type="vanished">Die Objektklassifikation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {width} x {tile} pixels and {bands} bands.</source>
        <translation type="vanished">Der Rasterleser hat für ein Fenster von {width} x {tile} Pixeln und {bands} Kanälen die Pixel {pixels_shape} und die Maske {mask_shape} zurückgegeben.</translation>
    </message>
    <message>
        <source>The object detection was cancelled.</source>
        <translation type="vanished">Die Objekterkennung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The classification was cancelled.</source>
        <translation type="vanished">Die Klassifikation wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The model argument &apos;{name}&apos; is missing.</source>
        <translation type="vanished">Das Modellargument „{name}“ fehlt.</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningPlugin</name>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>&amp;Raster Deep Learning</source>
        <translation>&amp;Raster-Deep-Learning</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Install dependencies…</source>
        <translation>Abhängigkeiten installieren…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="106"/>
        <source>Install onnxruntime and OpenCV for the deep-learning tools</source>
        <translation>onnxruntime und OpenCV für die Deep-Learning-Werkzeuge installieren</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningProvider</name>
    <message>
        <location filename="../provider/provider.py" line="25"/>
        <source>Raster Deep Learning</source>
        <translation>Raster-Deep-Learning</translation>
    </message>
</context>
</TS>
