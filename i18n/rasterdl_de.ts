<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>RasterDL</name>
    <message>
        <location filename="../algorithms/base.py" line="28"/>
        <source>pixel classification</source>
        <translation>Pixelklassifikation</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="29"/>
        <source>object classification</source>
        <translation>Objektklassifikation</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>object detection</source>
        <translation>Objekterkennung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="31"/>
        <source>instance segmentation</source>
        <translation>Instanzsegmentierung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="32"/>
        <source>change detection</source>
        <translation>Änderungserkennung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="33"/>
        <source>super resolution</source>
        <translation>Superauflösung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="34"/>
        <source>image translation</source>
        <translation>Bildübersetzung</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="35"/>
        <source>pixel regression</source>
        <translation>Pixelregression</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="36"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>Deep learning</source>
        <translation>Deep Learning</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="52"/>
        <source>Classify Objects Using Deep Learning</source>
        <translation>Objekte mit Deep Learning klassifizieren</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="55"/>
        <source>Runs an ONNX image classifier on a raster and gives every input feature a class label, e.g. buildings labelled damaged or undamaged from post-disaster imagery.

One chip per feature: with the model&apos;s CropSizeFixed = 1 a window of the model&apos;s image size centred on the feature, with 0 the feature&apos;s bounding box resized to the model input; points always get the fixed window and lines their bounding box. BlackenAroundFeature = 1 sets pixels outside a polygon to 0. Features in another CRS are reprojected to the raster&apos;s.

Output: the input geometry and attributes plus the label field (class name), Confidence (0-1) and ClassValue. Below score_threshold the label and value are empty and the confidence is still written. Features outside the raster keep an empty label and are counted in the log.

Without input features each image is classified whole: a georeferenced image gives one feature with its footprint, an image without georeference a row without geometry; the Image field holds its name. With processing mode 1 (each raster separately) a feature is classified on every raster it overlaps, one row each, named in the Image field.

Model arguments (empty value = model default): batch_size, test_time_augmentation (8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), score_threshold.</source>
        <translation>Wendet einen ONNX-Bildklassifikator auf ein Raster an und gibt jedem Eingabeobjekt eine Klassenbezeichnung, z. B. Gebäude, die anhand von Bildern nach einer Katastrophe als beschädigt oder unbeschädigt beschriftet werden.

Ein Bildausschnitt pro Objekt: Mit CropSizeFixed = 1 im Modell ein Fenster in der Bildgröße des Modells, zentriert auf dem Objekt; mit 0 das umgebende Rechteck des Objekts, auf die Modelleingabe skaliert; Punkte erhalten immer das feste Fenster und Linien ihr umgebendes Rechteck. BlackenAroundFeature = 1 setzt Pixel außerhalb eines Polygons auf 0. Objekte in einem anderen KBS werden in das KBS des Rasters umprojiziert.

Ausgabe: die Geometrie und die Attribute der Eingabe sowie das Bezeichnungsfeld (Klassenname), Confidence (0-1) und ClassValue. Unterhalb von score_threshold bleiben Bezeichnung und Wert leer, die Konfidenz wird dennoch geschrieben. Objekte außerhalb des Rasters behalten eine leere Bezeichnung und werden im Protokoll gezählt.

Ohne Eingabeobjekte wird jedes Bild als Ganzes klassifiziert: Ein georeferenziertes Bild ergibt ein Objekt mit seiner Grundfläche, ein Bild ohne Georeferenzierung eine Zeile ohne Geometrie; das Feld Image enthält seinen Namen. Mit dem Verarbeitungsmodus 1 (jedes Raster einzeln) wird ein Objekt auf jedem Raster klassifiziert, das es überlappt, mit je einer Zeile pro Raster, dessen Name im Feld Image steht.

Modellargumente (leerer Wert = Standardwert des Modells): batch_size, test_time_augmentation (8 Spiegelungen und Drehungen in MAP_SPACE, 2 in PIXEL_SPACE), score_threshold.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="80"/>
        <source>Input features (points, lines or polygons)</source>
        <translation>Eingabeobjekte (Punkte, Linien oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="86"/>
        <source>Class label field</source>
        <translation>Feld für die Klassenbezeichnung</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="89"/>
        <source>Classified objects</source>
        <translation>Klassifizierte Objekte</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="114"/>
        <location filename="../algorithms/detect_objects.py" line="178"/>
        <source>The output layer could not be created.</source>
        <translation>Der Ausgabelayer konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="119"/>
        <source>The input feature layer is empty: the output layer is empty too.</source>
        <translation>Der Eingabe-Objektlayer ist leer: Der Ausgabelayer ist ebenfalls leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="139"/>
        <location filename="../algorithms/detect_objects.py" line="201"/>
        <location filename="../algorithms/export_training_data.py" line="337"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="159"/>
        <source>The input features already have a field &apos;{0}&apos; of type {1}: choose another class label field name, or rename that field.</source>
        <translation>Die Eingabeobjekte haben bereits ein Feld „{0}“ vom Typ {1}: Wählen Sie einen anderen Namen für das Klassenbezeichnungsfeld oder benennen Sie dieses Feld um.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="193"/>
        <source>{0}: {1} ({2:.2f})</source>
        <translation>{0}: {1} ({2:.2f})</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="229"/>
        <source>{0} features lie outside &apos;{1}&apos; and keep an empty label.</source>
        <translation>{0} Objekte liegen außerhalb von „{1}“ und behalten eine leere Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="249"/>
        <source>{0} of {1} rows labelled.</source>
        <translation>{0} von {1} Zeilen beschriftet.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="84"/>
        <source>Classify Pixels Using Deep Learning</source>
        <translation>Pixel mit Deep Learning klassifizieren</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="87"/>
        <source>Runs a pixel-classification (segmentation) ONNX model over a raster of any size and writes a classified raster whose pixels hold the model&apos;s class values, styled with the class names and colours (colour table, raster attribute table and a .qml style), and optionally a probability raster (one float32 band per class).

The raster is processed in tiles of tile_size pixels read with padding pixels of context on each side; neighbouring tiles overlap by twice the padding and their predictions are blended with a smooth window, so no seam shows. Tiles at the right and bottom edges extend past the raster: the missing pixels are filled with 0 and never written. The output is the same whatever the batch size.

Model arguments (leave a value empty to use the model&apos;s default): padding, batch_size, predict_background (false: class 0 never wins), test_time_augmentation (8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, max or min, for test-time augmentation), tile_size, threshold (minimum probability of the winning class; for two-class and sigmoid models the probability of class 1) and return_probability_raster.

Processing mode: 0 processes the input and the additional inputs as one mosaic; 1 classifies each separately into &lt;output name&gt;_&lt;input name&gt; in the folder of the output.

Cell size: empty uses the input&apos;s cell size, or the cell size the model was trained at when it states one; the output is always written on the input&apos;s grid. Mask: only pixels inside the polygons are classified; outside and input nodata become nodata.

Processor type: Auto uses the best available onnxruntime provider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, then CPU); GPU fails if none is available.</source>
        <translation>Wendet ein ONNX-Modell zur Pixelklassifikation (Segmentierung) auf ein Raster beliebiger Größe an und schreibt ein klassifiziertes Raster, dessen Pixel die Klassenwerte des Modells enthalten, gestaltet mit den Klassennamen und -farben (Farbtabelle, Rasterattributtabelle und ein .qml-Stil), und optional ein Wahrscheinlichkeitsraster (ein float32-Kanal pro Klasse).

Das Raster wird in Kacheln von tile_size Pixeln verarbeitet, die mit padding Pixeln Kontext auf jeder Seite gelesen werden; benachbarte Kacheln überlappen sich um den doppelten Rand, und ihre Vorhersagen werden mit einem weichen Fenster überblendet, sodass keine Naht sichtbar ist. Kacheln am rechten und unteren Rand ragen über das Raster hinaus: Die fehlenden Pixel werden mit 0 gefüllt und nie geschrieben. Das Ergebnis ist bei jeder Batchgröße dasselbe.

Modellargumente (einen Wert leer lassen, um den Standardwert des Modells zu verwenden): padding, batch_size, predict_background (false: Klasse 0 gewinnt nie), test_time_augmentation (8 Spiegelungen und Drehungen in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, max oder min, für die Test-Time-Augmentation), tile_size, threshold (Mindestwahrscheinlichkeit der gewinnenden Klasse; bei Zwei-Klassen- und Sigmoid-Modellen die Wahrscheinlichkeit der Klasse 1) und return_probability_raster.

Verarbeitungsmodus: 0 verarbeitet die Eingabe und die zusätzlichen Eingaben als ein Mosaik; 1 klassifiziert jede einzeln nach &lt;Ausgabename&gt;_&lt;Eingabename&gt; im Ordner der Ausgabe.

Zellengröße: Leer verwendet die Zellengröße der Eingabe oder, falls das Modell sie angibt, die Zellengröße, mit der es trainiert wurde; die Ausgabe wird immer auf das Gitter der Eingabe geschrieben. Maske: Nur Pixel innerhalb der Polygone werden klassifiziert; außerhalb und bei NoData in der Eingabe entsteht NoData.

Prozessortyp: Automatisch verwendet den besten verfügbaren onnxruntime-Provider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, dann CPU); GPU schlägt fehl, wenn keiner verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="116"/>
        <location filename="../algorithms/detect_objects.py" line="135"/>
        <location filename="../algorithms/export_training_data.py" line="206"/>
        <source>Processing extent</source>
        <translation>Verarbeitungsausdehnung</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="120"/>
        <source>Cell size (empty: input&apos;s, or the model&apos;s training cell size)</source>
        <translation>Zellengröße (leer: die der Eingabe oder die Trainingszellengröße des Modells)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="128"/>
        <location filename="../algorithms/detect_objects.py" line="139"/>
        <location filename="../algorithms/export_training_data.py" line="179"/>
        <source>Mask polygons</source>
        <translation>Maskenpolygone</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="131"/>
        <source>Classified raster</source>
        <translation>Klassifiziertes Raster</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="135"/>
        <source>Probability raster</source>
        <translation>Wahrscheinlichkeitsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="140"/>
        <source>Classified rasters written</source>
        <translation>Geschriebene klassifizierte Raster</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="141"/>
        <source>Execution provider used</source>
        <translation>Verwendeter Ausführungsprovider</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="162"/>
        <source>Processing {0} rasters as one mosaic.</source>
        <translation>{0} Raster werden als ein Mosaik verarbeitet.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="175"/>
        <source>Raster {0} of {1}: {2}</source>
        <translation>Raster {0} von {1}: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="219"/>
        <source>Mask: {0} polygons.</source>
        <translation>Maske: {0} Polygone.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="241"/>
        <source>Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.</source>
        <translation>Klassifiziere {0} x {1} Pixel in Kacheln von {2} mit Rand {3}, Batchgröße {4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="258"/>
        <source>Writing the result on the input&apos;s grid.</source>
        <translation>Das Ergebnis wird auf das Gitter der Eingabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="274"/>
        <source>Cancelled: no output was written.</source>
        <translation>Abgebrochen: Es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="285"/>
        <source>{0} tiles in {1:.1f} s ({2:.1f} tiles/s on {3}); model time {4:.1f} s.</source>
        <translation>{0} Kacheln in {1:.1f} s ({2:.1f} Kacheln/s auf {3}); Modellzeit {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="299"/>
        <source>Reading the input at a cell size of {0}.</source>
        <translation>Die Eingabe wird mit einer Zellengröße von {0} gelesen.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="311"/>
        <source>The model was trained at a cell size of {0}; the input ({1}) is read at {2} and the result written on the input&apos;s grid. Set a cell size to override.</source>
        <translation>Das Modell wurde mit einer Zellengröße von {0} trainiert; die Eingabe ({1}) wird mit {2} gelesen und das Ergebnis auf das Gitter der Eingabe geschrieben. Geben Sie eine Zellengröße an, um dies zu übersteuern.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="86"/>
        <source>Detect Objects Using Deep Learning</source>
        <translation>Objekte mit Deep Learning erkennen</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="89"/>
        <source>Runs an ONNX object detector over a raster of any size and writes every object found as a polygon (a rotated rectangle for oriented-box models) with its class name, class value and confidence (0-1).

Model outputs understood: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], and oriented boxes with an angle), and exports with NMS built in (boxes, scores and labels outputs, as torchvision, RetinaNet and SSD give). The layout comes from the model definition (ModelConfiguration, or Deepness/GeoDeep det_type) or is recognised from the output shapes.

The raster is read in tiles of tile_size with padding pixels of context; detections are mapped to map coordinates; exclude_pad_detections drops boxes that belong to a neighbouring tile&apos;s core, so an object on a seam is reported once; class-aware non-maximum suppression (nms_overlap, an IoU) then merges duplicates across tiles. Maximum overlap ratio (0 = off) drops a box covered by a higher-scoring box beyond that fraction of its own area. threshold is the minimum confidence.

Model arguments (empty value = model default): padding, threshold (default 0.1), nms_overlap (default 0.1), batch_size, exclude_pad_detections (default true), tile_size, test_time_augmentation. Mask: only objects whose centre lies inside the polygons are kept.</source>
        <translation>Wendet einen ONNX-Objektdetektor auf ein Raster beliebiger Größe an und schreibt jedes gefundene Objekt als Polygon (ein gedrehtes Rechteck bei Modellen mit orientierten Boxen) mit Klassenname, Klassenwert und Konfidenz (0-1).

Unterstützte Modellausgaben: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes] sowie orientierte Boxen mit Winkel) und Exporte mit eingebauter NMS (Ausgaben boxes, scores und labels, wie sie torchvision, RetinaNet und SSD liefern). Das Layout stammt aus der Modelldefinition (ModelConfiguration oder det_type von Deepness/GeoDeep) oder wird an den Ausgabeformen erkannt.

Das Raster wird in Kacheln von tile_size mit padding Pixeln Kontext gelesen; die Erkennungen werden in Kartenkoordinaten umgerechnet; exclude_pad_detections verwirft Boxen, die zum Kern einer Nachbarkachel gehören, sodass ein Objekt auf einer Naht nur einmal gemeldet wird; eine klassenbezogene Non-Maximum-Unterdrückung (nms_overlap, ein IoU) führt anschließend Duplikate über Kachelgrenzen hinweg zusammen. Das maximale Überlappungsverhältnis (0 = aus) verwirft eine Box, die von einer Box mit höherem Score über diesen Anteil ihrer eigenen Fläche hinaus überdeckt wird. threshold ist die Mindestkonfidenz.

Modellargumente (leerer Wert = Standardwert des Modells): padding, threshold (Standard 0.1), nms_overlap (Standard 0.1), batch_size, exclude_pad_detections (Standard true), tile_size, test_time_augmentation. Maske: Nur Objekte, deren Mittelpunkt innerhalb der Polygone liegt, werden behalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="113"/>
        <source>Non maximum suppression</source>
        <translation>Non-Maximum-Unterdrückung</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="118"/>
        <source>Maximum overlap ratio (0 = off)</source>
        <translation>Maximales Überlappungsverhältnis (0 = aus)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="126"/>
        <source>Class field name</source>
        <translation>Name des Klassenfelds</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="130"/>
        <source>Confidence field name</source>
        <translation>Name des Konfidenzfelds</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="144"/>
        <source>Detected objects</source>
        <translation>Erkannte Objekte</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="160"/>
        <source>The class and confidence field names must differ from each other and from {0} and {1}.</source>
        <translation>Die Namen des Klassen- und des Konfidenzfelds müssen sich voneinander sowie von {0} und {1} unterscheiden.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="228"/>
        <source>{0}: {1} objects from {2} tiles in {3:.1f} s ({4:.1f} tiles/s on {5}; model time {6:.1f} s).</source>
        <translation>{0}: {1} Objekte aus {2} Kacheln in {3:.1f} s ({4:.1f} Kacheln/s auf {5}; Modellzeit {6:.1f} s).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="244"/>
        <source>{0} objects written.</source>
        <translation>{0} Objekte geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="86"/>
        <source>Export Training Data For Deep Learning</source>
        <translation>Trainingsdaten für Deep Learning exportieren</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="89"/>
        <source>Cuts image chips and labels from imagery and labelled samples (a vector layer of points, lines or polygons, or a classified raster) into a folder that PyTorch, TensorFlow and arcgis.learn&apos;s prepare_data load unchanged: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json and esri_model_definition.emd; COCO adds annotations.json, YOLO adds dataset.yaml.

Chips: tile size and stride in pixels; chips step by the stride from the top-left corner, and where the last step would run past the right or bottom edge one more chip is placed flush with that edge, so no part of the raster is left out. Pixels are copied unchanged (no resampling unless a cell size is given) and each chip keeps its window&apos;s georeference (GeoTIFF tags; a world file and .aux.xml for PNG and JPEG). Chips that are entirely nodata are not written; with &apos;output tiles without features&apos; off, only chips holding samples are.

Classes: the class value field, else a field named classvalue or value (any case), else class 1 for every feature; names and colours from Classname and RED/GREEN/BLUE fields, or the raster&apos;s attribute or colour table. Points and lines become sample areas buffered by the buffer radius (at least one pixel). Polygons are rasterised by the pixel-centre rule (as GDAL); where samples overlap in Classified_Tiles the smaller one wins. Boxes are the feature&apos;s extent clipped to the chip.

Metadata formats: 0 KITTI_rectangles, 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (one chip per feature, centred on it or cut to its bounding box), 5 MultiLabeled_Tiles, 6 Export_Tiles (images only), 7 COCO, 8 YOLO (polygon label lines, usable for detection and segmentation).

Start index continues an existing export of the same format: give the next chip number; the folder&apos;s statistics are merged. Rotation angle also writes each chip rotated by multiples of the angle (labels rotated with it), keeping only rotations that lie inside the image data. Mask polygons: only chips completely inside them are written. Reference system: MAP_SPACE or PIXEL_SPACE (the raw image grid).</source>
        <translation>Schneidet Bildausschnitte und Beschriftungen aus Bilddaten und beschrifteten Stichproben (einem Vektorlayer aus Punkten, Linien oder Polygonen oder einem klassifizierten Raster) in einen Ordner, den PyTorch, TensorFlow und prepare_data von arcgis.learn unverändert laden: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json und esri_model_definition.emd; COCO ergänzt annotations.json, YOLO ergänzt dataset.yaml.

Bildausschnitte: Kachelgröße und Schrittweite in Pixeln; die Bildausschnitte rücken von der linken oberen Ecke aus um die Schrittweite vor, und wo der letzte Schritt über den rechten oder unteren Rand hinausginge, wird ein weiterer Bildausschnitt bündig an diesen Rand gesetzt, sodass kein Teil des Rasters ausgelassen wird. Die Pixel werden unverändert kopiert (kein Resampling, außer wenn eine Zellengröße angegeben ist), und jeder Bildausschnitt behält die Georeferenzierung seines Fensters (GeoTIFF-Tags; ein World-File und .aux.xml bei PNG und JPEG). Bildausschnitte, die vollständig NoData sind, werden nicht geschrieben; ist „Kacheln ohne Objekte ausgeben“ deaktiviert, werden nur Bildausschnitte mit Stichproben geschrieben.

Klassen: das Klassenwertfeld, sonst ein Feld namens classvalue oder value (Groß-/Kleinschreibung beliebig), sonst Klasse 1 für jedes Objekt; Namen und Farben aus den Feldern Classname und RED/GREEN/BLUE oder aus der Attribut- oder Farbtabelle des Rasters. Punkte und Linien werden mit dem Pufferradius (mindestens ein Pixel) zu Stichprobenflächen gepuffert. Polygone werden nach der Pixelmittelpunkt-Regel gerastert (wie GDAL); wo sich Stichproben in Classified_Tiles überlappen, gewinnt die kleinere. Boxen sind die Ausdehnung des Objekts, auf den Bildausschnitt zugeschnitten.

Metadatenformate: 0 KITTI_rectangles, 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (ein Bildausschnitt pro Objekt, darauf zentriert oder auf sein umgebendes Rechteck zugeschnitten), 5 MultiLabeled_Tiles, 6 Export_Tiles (nur Bilder), 7 COCO, 8 YOLO (Polygon-Beschriftungszeilen, verwendbar für Erkennung und Segmentierung).

Der Startindex setzt einen bestehenden Export desselben Formats fort: Geben Sie die Nummer des nächsten Bildausschnitts an; die Statistiken des Ordners werden zusammengeführt. Der Drehwinkel schreibt jeden Bildausschnitt zusätzlich um Vielfache des Winkels gedreht (die Beschriftungen werden mitgedreht) und behält nur Drehungen, die innerhalb der Bilddaten liegen. Maskenpolygone: Nur Bildausschnitte, die vollständig darin liegen, werden geschrieben. Bezugssystem: MAP_SPACE oder PIXEL_SPACE (das ursprüngliche Bildraster).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="123"/>
        <source>Input class data (labelled samples)</source>
        <translation>Eingabe-Klassendaten (beschriftete Stichproben)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="130"/>
        <source>Input class raster (classified)</source>
        <translation>Eingabe-Klassenraster (klassifiziert)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="136"/>
        <source>Class value field</source>
        <translation>Klassenwertfeld</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="142"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="145"/>
        <source>Image chip format</source>
        <translation>Format der Bildausschnitte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="149"/>
        <source>Tile size X (pixels)</source>
        <translation>Kachelgröße X (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="150"/>
        <source>Tile size Y (pixels)</source>
        <translation>Kachelgröße Y (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="151"/>
        <source>Stride X (pixels)</source>
        <translation>Schrittweite X (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="152"/>
        <source>Stride Y (pixels)</source>
        <translation>Schrittweite Y (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="159"/>
        <source>Output tiles without features</source>
        <translation>Kacheln ohne Objekte ausgeben</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="164"/>
        <source>Metadata format</source>
        <translation>Metadatenformat</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="169"/>
        <source>Start index</source>
        <translation>Startindex</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="174"/>
        <source>Buffer radius</source>
        <translation>Pufferradius</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="185"/>
        <source>Rotation angle (degrees)</source>
        <translation>Drehwinkel (Grad)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="194"/>
        <source>Reference system</source>
        <translation>Bezugssystem</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="199"/>
        <source>Blacken around feature</source>
        <translation>Um das Objekt herum schwärzen</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="203"/>
        <source>Crop mode</source>
        <translation>Zuschneidemodus</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="211"/>
        <source>Cell size (resample to)</source>
        <translation>Zellengröße (Resampling auf)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="219"/>
        <source>Bands</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="222"/>
        <source>Chips written</source>
        <translation>Geschriebene Bildausschnitte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="223"/>
        <source>Features written</source>
        <translation>Geschriebene Objekte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="248"/>
        <source>Give either input class data (vector) or an input class raster, not both.</source>
        <translation>Geben Sie entweder Eingabe-Klassendaten (Vektor) oder ein Eingabe-Klassenraster an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="271"/>
        <source>The tile size {0} x {1} is larger than the raster &apos;{2}&apos; ({3} x {4} pixels): use a smaller tile size.</source>
        <translation>Die Kachelgröße {0} x {1} ist größer als das Raster „{2}“ ({3} x {4} Pixel): Verwenden Sie eine kleinere Kachelgröße.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="279"/>
        <source>JPEG chips hold 8-bit data but &apos;{0}&apos; is {1}: choose TIFF, PNG or MRF.</source>
        <translation>JPEG-Bildausschnitte enthalten 8-Bit-Daten, aber „{0}“ ist {1}: Wählen Sie TIFF, PNG oder MRF.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="299"/>
        <source>No labelled sample overlaps the input raster: check that the class data covers the raster (and its processing extent).</source>
        <translation>Keine beschriftete Stichprobe überlappt das Eingaberaster: Prüfen Sie, ob die Klassendaten das Raster (und seine Verarbeitungsausdehnung) abdecken.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="323"/>
        <location filename="../algorithms/export_training_data.py" line="340"/>
        <source>The output folder &apos;{0}&apos; cannot be written ({1}): choose another folder.</source>
        <translation>In den Ausgabeordner „{0}“ kann nicht geschrieben werden ({1}): Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="331"/>
        <source>Cancelled: the folder holds the {0} chips written before, described by map.txt and the statistics.</source>
        <translation>Abgebrochen: Der Ordner enthält die {0} zuvor geschriebenen Bildausschnitte, beschrieben durch map.txt und die Statistiken.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="345"/>
        <source>{0} chips and {1} features written to {2} in {3:.1f} s ({4} chips all nodata skipped, {5} rotations outside the image skipped).</source>
        <translation>{0} Bildausschnitte und {1} Objekte in {2} in {3:.1f} s geschrieben ({4} Bildausschnitte nur aus NoData übersprungen, {5} Drehungen außerhalb des Bildes übersprungen).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="368"/>
        <source>Classes from the class raster: {0}</source>
        <translation>Klassen aus dem Klassenraster: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="387"/>
        <source>The input class data holds no feature with a geometry.</source>
        <translation>Die Eingabe-Klassendaten enthalten kein Objekt mit Geometrie.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="389"/>
        <source>Class values from the field &apos;{0}&apos;.</source>
        <translation>Klassenwerte aus dem Feld „{0}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="391"/>
        <source>No class value field: every feature is class 1.</source>
        <translation>Kein Klassenwertfeld: Jedes Objekt gehört zur Klasse 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="403"/>
        <source>The class value field &apos;{0}&apos; holds &apos;{1}&apos;, which is not a whole number &gt;= 0: choose a numeric class field.</source>
        <translation>Das Klassenwertfeld „{0}“ enthält „{1}“, was keine ganze Zahl &gt;= 0 ist: Wählen Sie ein numerisches Klassenfeld.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="44"/>
        <source>Install Python dependencies</source>
        <translation>Python-Abhängigkeiten installieren</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="51"/>
        <source>Installs the Python packages the deep-learning tools need, onnxruntime and OpenCV (opencv-python-headless), for the Python that QGIS runs, and reports the onnxruntime execution providers (CPU, CUDA, DirectML, ...) found afterwards.

Check only (the default): installs nothing. Reports what is installed, which execution providers onnxruntime offers, and the exact pip command that would run. Untick it to install.

Installing downloads the packages from the Python Package Index (pypi.org) with pip (several hundred megabytes for the GPU build) into a folder of your user profile, shown as Target folder; the plugin adds that folder to Python&apos;s search path when QGIS starts, after QGIS&apos;s own packages, so the numpy and GDAL that QGIS ships stay in use. numpy is pinned to the version QGIS already has, so pip picks builds that work with it.

onnxruntime build: Automatic installs the NVIDIA GPU build (onnxruntime-gpu) when an NVIDIA driver is found on this computer, and the CPU build otherwise. The GPU build runs models with CUDA and needs the NVIDIA CUDA and cuDNN libraries that its version asks for (see onnxruntime.ai); without them models run on the CPU. It exists for Windows and Linux only.

Restart QGIS after installing: a running QGIS keeps the onnxruntime it has already loaded.</source>
        <translation>Installiert die Python-Pakete, die die Deep-Learning-Werkzeuge benötigen, onnxruntime und OpenCV (opencv-python-headless), für das von QGIS ausgeführte Python und meldet anschließend die gefundenen onnxruntime-Ausführungsprovider (CPU, CUDA, DirectML, ...).

Nur prüfen (Standard): installiert nichts. Meldet, was installiert ist, welche Ausführungsprovider onnxruntime anbietet und den genauen pip-Befehl, der ausgeführt würde. Entfernen Sie den Haken, um zu installieren.

Beim Installieren lädt pip die Pakete aus dem Python Package Index (pypi.org) herunter (mehrere hundert Megabyte für die GPU-Variante), in einen Ordner Ihres Benutzerprofils, der als Zielordner angezeigt wird; die Erweiterung fügt diesen Ordner beim Start von QGIS dem Python-Suchpfad hinzu, nach den eigenen Paketen von QGIS, sodass die mit QGIS gelieferten numpy und GDAL weiter verwendet werden. numpy wird auf die Version festgelegt, die QGIS bereits hat, damit pip dazu passende Builds wählt.

onnxruntime-Variante: Automatisch installiert die NVIDIA-GPU-Variante (onnxruntime-gpu), wenn auf diesem Rechner ein NVIDIA-Treiber gefunden wird, sonst die CPU-Variante. Die GPU-Variante führt Modelle mit CUDA aus und benötigt die NVIDIA-Bibliotheken CUDA und cuDNN in den Versionen, die sie verlangt (siehe onnxruntime.ai); ohne sie laufen Modelle auf der CPU. Sie existiert nur für Windows und Linux.

Starten Sie QGIS nach der Installation neu: Ein laufendes QGIS behält das bereits geladene onnxruntime.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="76"/>
        <source>onnxruntime build</source>
        <translation>onnxruntime-Variante</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="78"/>
        <source>Automatic: NVIDIA GPU build where an NVIDIA driver is present</source>
        <translation>Automatisch: NVIDIA-GPU-Variante, wenn ein NVIDIA-Treiber vorhanden ist</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="79"/>
        <location filename="../algorithms/model_tool.py" line="107"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="80"/>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA-GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="87"/>
        <source>Check only (install nothing)</source>
        <translation>Nur prüfen (nichts installieren)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="90"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="92"/>
        <source>Execution providers</source>
        <translation>Ausführungsprovider</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="94"/>
        <source>pip command</source>
        <translation>pip-Befehl</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="95"/>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>NVIDIA driver: {0}</source>
        <translation>NVIDIA-Treiber: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="103"/>
        <source>Python that QGIS runs: {0}</source>
        <translation>Von QGIS ausgeführtes Python: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="104"/>
        <source>Target folder: {0}</source>
        <translation>Zielordner: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="105"/>
        <location filename="../algorithms/install_dependencies.py" line="142"/>
        <source>Checking the installed packages…</source>
        <translation>Installierte Pakete werden geprüft…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="109"/>
        <source>Packages: {0}</source>
        <translation>Pakete: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="112"/>
        <source>No NVIDIA driver was found: the GPU build will run models on the CPU.</source>
        <translation>Es wurde kein NVIDIA-Treiber gefunden: Die GPU-Variante führt Modelle auf der CPU aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="122"/>
        <source>Check only: nothing was installed. To install, run this tool again with &apos;Check only&apos; unticked, or run this command in a terminal:
{0}</source>
        <translation>Nur prüfen: Es wurde nichts installiert. Zum Installieren führen Sie dieses Werkzeug erneut aus, ohne Haken bei „Nur prüfen“, oder führen Sie diesen Befehl in einem Terminal aus:
{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="132"/>
        <source>pip is not available for the Python that QGIS runs ({0}): {1}. Install pip for it first (Debian and Ubuntu: sudo apt install python3-pip), then run this tool again.</source>
        <translation>pip ist für das von QGIS ausgeführte Python ({0}) nicht verfügbar: {1}. Installieren Sie zuerst pip dafür (Debian und Ubuntu: sudo apt install python3-pip) und führen Sie dieses Werkzeug dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="138"/>
        <source>Downloading and installing with pip…</source>
        <translation>Herunterladen und Installieren mit pip…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="139"/>
        <source>Running: {0}</source>
        <translation>Ausführen: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="147"/>
        <source>onnxruntime was installed in {0} but cannot be imported: {1}</source>
        <translation>onnxruntime wurde in {0} installiert, kann aber nicht importiert werden: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="152"/>
        <source>Restart QGIS to use the packages just installed.</source>
        <translation>Starten Sie QGIS neu, um die soeben installierten Pakete zu verwenden.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="155"/>
        <source>The GPU build runs models with CUDA only where the NVIDIA CUDA and cuDNN libraries it needs are installed; otherwise the tools fall back to the CPU.</source>
        <translation>Die GPU-Variante führt Modelle nur dann mit CUDA aus, wenn die benötigten NVIDIA-Bibliotheken CUDA und cuDNN installiert sind; andernfalls weichen die Werkzeuge auf die CPU aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="168"/>
        <source>Python {0}, pip {1}</source>
        <translation>Python {0}, pip {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="169"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="176"/>
        <source>The {0} in the target folder is not the one the plugin uses: {1} comes first on the Python path. Uninstall that copy to use the one in the target folder.</source>
        <translation>Das Paket {0} im Zielordner wird von der Erweiterung nicht verwendet: {1} steht im Python-Pfad weiter vorne. Deinstallieren Sie diese Kopie, um die aus dem Zielordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="182"/>
        <source>Execution providers: {0}</source>
        <translation>Ausführungsprovider: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="182"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="187"/>
        <source>{0}: not available ({1})</source>
        <translation>{0}: nicht verfügbar ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="188"/>
        <source>target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="189"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="34"/>
        <source>Query Deep Learning Model Info</source>
        <translation>Informationen zum Deep-Learning-Modell abfragen</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="37"/>
        <source>Reads a deep-learning model and reports what it is and how it will run on this computer.

Model: an Esri model definition (.emd), a deep-learning package (.dlpk), a bare ONNX model (.onnx; settings read from its Deepness/GeoDeep metadata or inferred from its input and output shapes) or a model definition given as a JSON string. Python raster functions carried in a .dlpk are never run.

Outputs: MODEL_TYPE (pixel classification, object classification, object detection, ...), CLASSES (JSON list of value, name and colour), INPUT_SHAPE (JSON list, null for a dynamic dimension), BANDS (the raster bands the model reads, 1-based, comma separated), TILE_SIZE (pixels), EXECUTION_PROVIDER (the onnxruntime provider that would run the model here, with processor type Auto) and AVAILABLE_PROVIDERS (all providers this onnxruntime offers).</source>
        <translation>Liest ein Deep-Learning-Modell und meldet, was es ist und wie es auf diesem Rechner ausgeführt wird.

Modell: eine Esri-Modelldefinition (.emd), ein Deep-Learning-Paket (.dlpk), ein reines ONNX-Modell (.onnx; Einstellungen aus seinen Deepness/GeoDeep-Metadaten gelesen oder aus seinen Ein- und Ausgabeformen abgeleitet) oder eine als JSON-Zeichenkette angegebene Modelldefinition. Python-Rasterfunktionen in einem .dlpk werden nie ausgeführt.

Ausgaben: MODEL_TYPE (Pixelklassifikation, Objektklassifikation, Objekterkennung, ...), CLASSES (JSON-Liste aus Wert, Name und Farbe), INPUT_SHAPE (JSON-Liste, null für eine dynamische Dimension), BANDS (die Rasterkanäle, die das Modell liest, ab 1 gezählt, durch Kommas getrennt), TILE_SIZE (Pixel), EXECUTION_PROVIDER (der onnxruntime-Provider, der das Modell auf diesem Rechner ausführen würde, mit Prozessortyp Automatisch) und AVAILABLE_PROVIDERS (alle Provider, die diese onnxruntime anbietet).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="51"/>
        <location filename="../algorithms/model_tool.py" line="87"/>
        <source>Model definition (.emd, .dlpk, .onnx or JSON)</source>
        <translation>Modelldefinition (.emd, .dlpk, .onnx oder JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="52"/>
        <source>A .emd, .dlpk or .onnx file, or a model definition as a JSON string.</source>
        <translation>Eine .emd-, .dlpk- oder .onnx-Datei oder eine Modelldefinition als JSON-Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="54"/>
        <source>Model type</source>
        <translation>Modelltyp</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="55"/>
        <source>Classes (JSON)</source>
        <translation>Klassen (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="56"/>
        <source>Input shape (JSON)</source>
        <translation>Eingabeform (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="57"/>
        <source>Bands read (1-based)</source>
        <translation>Gelesene Kanäle (ab 1 gezählt)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="58"/>
        <source>Tile size (pixels)</source>
        <translation>Kachelgröße (Pixel)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="59"/>
        <source>Execution provider</source>
        <translation>Ausführungsprovider</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="60"/>
        <source>Available providers</source>
        <translation>Verfügbare Provider</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="86"/>
        <source>Model: {0}</source>
        <translation>Modell: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="87"/>
        <source>Type: {0} ({1})</source>
        <translation>Typ: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="90"/>
        <source>Read from: {0} ({1})</source>
        <translation>Gelesen aus: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="91"/>
        <source>Model file: {0}</source>
        <translation>Modelldatei: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="95"/>
        <source>Framework: {0} {1}</source>
        <translation>Framework: {0} {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="101"/>
        <source>Input &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Eingabe „{0}“: Form {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="105"/>
        <source>Output &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Ausgabe „{0}“: Form {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="108"/>
        <source>Bands read (1-based): {0}</source>
        <translation>Gelesene Kanäle (ab 1 gezählt): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="111"/>
        <source>Tile: {0} x {1} pixels, padding {2}, batch size {3}</source>
        <translation>Kachel: {0} x {1} Pixel, Rand {2}, Batchgröße {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="117"/>
        <source>Normalisation ({0}): (x - {1}) / {2}</source>
        <translation>Normalisierung ({0}): (x - {1}) / {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="122"/>
        <source>  then (x - {0}) / {1}</source>
        <translation>  dann (x - {0}) / {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="124"/>
        <source>Data range: {0} to {1}</source>
        <translation>Datenbereich: {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="126"/>
        <source>Threshold: {0}</source>
        <translation>Schwellenwert: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="129"/>
        <source>Cell size: {0} to {1}</source>
        <translation>Zellengröße: {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="132"/>
        <source>Image space: {0}; crop size fixed: {1}; blacken around feature: {2}</source>
        <translation>Bildraum: {0}; feste Zuschnittgröße: {1}; um das Objekt herum schwärzen: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="136"/>
        <source>Classes ({0}):</source>
        <translation>Klassen ({0}):</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="138"/>
        <source>no colour</source>
        <translation>keine Farbe</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="142"/>
        <source>Model argument defaults: {0}</source>
        <translation>Standardwerte der Modellargumente: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="147"/>
        <source>Other keys kept: {0}</source>
        <translation>Weitere beibehaltene Schlüssel: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="148"/>
        <source>Execution provider here (processor type Auto): {0}</source>
        <translation>Ausführungsprovider auf diesem Rechner (Prozessortyp Automatisch): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="149"/>
        <source>Available providers: {0}</source>
        <translation>Verfügbare Provider: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="51"/>
        <source>Input raster</source>
        <translation>Eingaberaster</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="54"/>
        <source>Additional input rasters</source>
        <translation>Zusätzliche Eingaberaster</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="60"/>
        <source>Processing mode</source>
        <translation>Verarbeitungsmodus</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="61"/>
        <source>Process as mosaicked image</source>
        <translation>Als Mosaikbild verarbeiten</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="61"/>
        <source>Process all raster items separately</source>
        <translation>Alle Raster einzeln verarbeiten</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="70"/>
        <source>The input raster could not be opened.</source>
        <translation>Das Eingaberaster konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="92"/>
        <source>Model arguments (empty value = model default)</source>
        <translation>Modellargumente (leerer Wert = Standardwert des Modells)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="95"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="95"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="106"/>
        <source>Processor type</source>
        <translation>Prozessortyp</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="107"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="107"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="112"/>
        <source>GPU id</source>
        <translation>GPU-ID</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="122"/>
        <source>This tool needs a model of type &apos;{1}&apos;; this model is of type &apos;{0}&apos;.</source>
        <translation>Dieses Werkzeug benötigt ein Modell vom Typ „{1}“; dieses Modell ist vom Typ „{0}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="139"/>
        <source>Execution provider: {0}</source>
        <translation>Ausführungsprovider: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="142"/>
        <source>The requested provider could not run the model; running on {0} ({1}).</source>
        <translation>Der angeforderte Provider konnte das Modell nicht ausführen; Ausführung auf {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="11"/>
        <source>Deep learning models (*.emd *.dlpk *.onnx *.json);;All files (*.*)</source>
        <translation>Deep-Learning-Modelle (*.emd *.dlpk *.onnx *.json);;Alle Dateien (*.*)</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningPlugin</name>
    <message>
        <location filename="../plugin.py" line="92"/>
        <source>&amp;Raster Deep Learning</source>
        <translation>&amp;Raster-Deep-Learning</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="100"/>
        <source>Install dependencies…</source>
        <translation>Abhängigkeiten installieren…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
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
