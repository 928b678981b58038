<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>RasterDL</name>
    <message>
        <location filename="../algorithms/base.py" line="28"/>
        <source>pixel classification</source>
        <translation>clasificación de píxeles</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="29"/>
        <source>object classification</source>
        <translation>clasificación de objetos</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="30"/>
        <source>object detection</source>
        <translation>detección de objetos</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="31"/>
        <source>instance segmentation</source>
        <translation>segmentación de instancias</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="32"/>
        <source>change detection</source>
        <translation>detección de cambios</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="33"/>
        <source>super resolution</source>
        <translation>superresolución</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="34"/>
        <source>image translation</source>
        <translation>traducción de imágenes</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="35"/>
        <source>pixel regression</source>
        <translation>regresión de píxeles</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="36"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>Deep learning</source>
        <translation>Aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="52"/>
        <source>Classify Objects Using Deep Learning</source>
        <translation>Clasificar objetos mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="55"/>
        <source>Runs an ONNX image classifier on a raster and gives every input feature a class label, e.g. buildings labelled damaged or undamaged from post-disaster imagery.

One chip per feature: with the model&apos;s CropSizeFixed = 1 a window of the model&apos;s image size centred on the feature, with 0 the feature&apos;s bounding box resized to the model input; points always get the fixed window and lines their bounding box. BlackenAroundFeature = 1 sets pixels outside a polygon to 0. Features in another CRS are reprojected to the raster&apos;s.

Output: the input geometry and attributes plus the label field (class name), Confidence (0-1) and ClassValue. Below score_threshold the label and value are empty and the confidence is still written. Features outside the raster keep an empty label and are counted in the log.

Without input features each image is classified whole: a georeferenced image gives one feature with its footprint, an image without georeference a row without geometry; the Image field holds its name. With processing mode 1 (each raster separately) a feature is classified on every raster it overlaps, one row each, named in the Image field.

Model arguments (empty value = model default): batch_size, test_time_augmentation (8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), score_threshold.</source>
        <translation>Ejecuta un clasificador de imágenes ONNX sobre un ráster y asigna una etiqueta de clase a cada objeto espacial de entrada, p. ej. edificios etiquetados como dañados o no dañados a partir de imágenes posteriores a un desastre.

Un recorte por objeto espacial: con CropSizeFixed = 1 en el modelo, una ventana del tamaño de imagen del modelo centrada en el objeto; con 0, el rectángulo envolvente del objeto redimensionado a la entrada del modelo; los puntos reciben siempre la ventana fija y las líneas su rectángulo envolvente. BlackenAroundFeature = 1 pone a 0 los píxeles fuera de un polígono. Los objetos espaciales en otro SRC se reproyectan al SRC del ráster.

Salida: la geometría y los atributos de entrada más el campo de etiqueta (nombre de la clase), Confidence (0-1) y ClassValue. Por debajo de score_threshold, la etiqueta y el valor quedan vacíos y la confianza se escribe igualmente. Los objetos espaciales fuera del ráster conservan una etiqueta vacía y se cuentan en el registro.

Sin objetos espaciales de entrada, cada imagen se clasifica entera: una imagen georreferenciada da un objeto espacial con su huella, una imagen sin georreferencia una fila sin geometría; el campo Image contiene su nombre. Con el modo de procesamiento 1 (cada ráster por separado), un objeto espacial se clasifica en cada ráster con el que se solapa, con una fila por ráster, cuyo nombre figura en el campo Image.

Argumentos del modelo (valor vacío = valor predeterminado del modelo): batch_size, test_time_augmentation (8 volteos y rotaciones en MAP_SPACE, 2 en PIXEL_SPACE), score_threshold.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="80"/>
        <source>Input features (points, lines or polygons)</source>
        <translation>Objetos espaciales de entrada (puntos, líneas o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="86"/>
        <source>Class label field</source>
        <translation>Campo de etiqueta de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="89"/>
        <source>Classified objects</source>
        <translation>Objetos clasificados</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="114"/>
        <location filename="../algorithms/detect_objects.py" line="178"/>
        <source>The output layer could not be created.</source>
        <translation>No se pudo crear la capa de salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="119"/>
        <source>The input feature layer is empty: the output layer is empty too.</source>
        <translation>La capa de objetos espaciales de entrada está vacía: la capa de salida también lo está.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="139"/>
        <location filename="../algorithms/detect_objects.py" line="201"/>
        <location filename="../algorithms/export_training_data.py" line="337"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="159"/>
        <source>The input features already have a field &apos;{0}&apos; of type {1}: choose another class label field name, or rename that field.</source>
        <translation>Los objetos espaciales de entrada ya tienen un campo «{0}» de tipo {1}: elija otro nombre para el campo de etiqueta de clase o cambie el nombre de ese campo.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="193"/>
        <source>{0}: {1} ({2:.2f})</source>
        <translation>{0}: {1} ({2:.2f})</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="229"/>
        <source>{0} features lie outside &apos;{1}&apos; and keep an empty label.</source>
        <translation>{0} objetos espaciales quedan fuera de «{1}» y conservan una etiqueta vacía.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="249"/>
        <source>{0} of {1} rows labelled.</source>
        <translation>{0} de {1} filas etiquetadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="84"/>
        <source>Classify Pixels Using Deep Learning</source>
        <translation>Clasificar píxeles mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="87"/>
        <source>Runs a pixel-classification (segmentation) ONNX model over a raster of any size and writes a classified raster whose pixels hold the model&apos;s class values, styled with the class names and colours (colour table, raster attribute table and a .qml style), and optionally a probability raster (one float32 band per class).

The raster is processed in tiles of tile_size pixels read with padding pixels of context on each side; neighbouring tiles overlap by twice the padding and their predictions are blended with a smooth window, so no seam shows. Tiles at the right and bottom edges extend past the raster: the missing pixels are filled with 0 and never written. The output is the same whatever the batch size.

Model arguments (leave a value empty to use the model&apos;s default): padding, batch_size, predict_background (false: class 0 never wins), test_time_augmentation (8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, max or min, for test-time augmentation), tile_size, threshold (minimum probability of the winning class; for two-class and sigmoid models the probability of class 1) and return_probability_raster.

Processing mode: 0 processes the input and the additional inputs as one mosaic; 1 classifies each separately into &lt;output name&gt;_&lt;input name&gt; in the folder of the output.

Cell size: empty uses the input&apos;s cell size, or the cell size the model was trained at when it states one; the output is always written on the input&apos;s grid. Mask: only pixels inside the polygons are classified; outside and input nodata become nodata.

Processor type: Auto uses the best available onnxruntime provider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, then CPU); GPU fails if none is available.</source>
        <translation>Ejecuta un modelo ONNX de clasificación de píxeles (segmentación) sobre un ráster de cualquier tamaño y escribe un ráster clasificado cuyos píxeles contienen los valores de clase del modelo, con la simbología de los nombres y colores de las clases (tabla de colores, tabla de atributos ráster y un estilo .qml), y opcionalmente un ráster de probabilidades (una banda float32 por clase).

El ráster se procesa en teselas de tile_size píxeles leídas con padding píxeles de contexto a cada lado; las teselas vecinas se solapan el doble del margen y sus predicciones se fusionan con una ventana suave, de modo que no se ve ninguna costura. Las teselas de los bordes derecho e inferior sobresalen del ráster: los píxeles que faltan se rellenan con 0 y nunca se escriben. El resultado es el mismo sea cual sea el tamaño de lote.

Argumentos del modelo (deje un valor vacío para usar el predeterminado del modelo): padding, batch_size, predict_background (false: la clase 0 nunca gana), test_time_augmentation (8 volteos y rotaciones en MAP_SPACE, 2 en PIXEL_SPACE), merge_policy (mean, max o min, para el aumento en tiempo de prueba), tile_size, threshold (probabilidad mínima de la clase ganadora; en los modelos de dos clases y sigmoides, la probabilidad de la clase 1) y return_probability_raster.

Modo de procesamiento: 0 procesa la entrada y las entradas adicionales como un único mosaico; 1 clasifica cada una por separado en &lt;nombre de salida&gt;_&lt;nombre de entrada&gt; en la carpeta de la salida.

Tamaño de celda: vacío usa el tamaño de celda de la entrada, o el tamaño de celda con el que se entrenó el modelo si este lo indica; la salida se escribe siempre en la cuadrícula de la entrada. Máscara: solo se clasifican los píxeles dentro de los polígonos; fuera de ellos y donde la entrada es nodata, el resultado es nodata.

Tipo de procesador: Automático usa el mejor proveedor de onnxruntime disponible (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO y, por último, CPU); GPU falla si no hay ninguno disponible.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="116"/>
        <location filename="../algorithms/detect_objects.py" line="135"/>
        <location filename="../algorithms/export_training_data.py" line="206"/>
        <source>Processing extent</source>
        <translation>Extensión de procesamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="120"/>
        <source>Cell size (empty: input&apos;s, or the model&apos;s training cell size)</source>
        <translation>Tamaño de celda (vacío: el de la entrada o el tamaño de celda de entrenamiento del modelo)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="128"/>
        <location filename="../algorithms/detect_objects.py" line="139"/>
        <location filename="../algorithms/export_training_data.py" line="179"/>
        <source>Mask polygons</source>
        <translation>Polígonos de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="131"/>
        <source>Classified raster</source>
        <translation>Ráster clasificado</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="135"/>
        <source>Probability raster</source>
        <translation>Ráster de probabilidades</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="140"/>
        <source>Classified rasters written</source>
        <translation>Rásteres clasificados escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="141"/>
        <source>Execution provider used</source>
        <translation>Proveedor de ejecución utilizado</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="162"/>
        <source>Processing {0} rasters as one mosaic.</source>
        <translation>Procesando {0} rásteres como un único mosaico.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="175"/>
        <source>Raster {0} of {1}: {2}</source>
        <translation>Ráster {0} de {1}: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="219"/>
        <source>Mask: {0} polygons.</source>
        <translation>Máscara: {0} polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="241"/>
        <source>Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.</source>
        <translation>Clasificando {0} x {1} píxeles en teselas de {2} con margen {3}, tamaño de lote {4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="258"/>
        <source>Writing the result on the input&apos;s grid.</source>
        <translation>Escribiendo el resultado en la cuadrícula de la entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="274"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: no se ha escrito ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="285"/>
        <source>{0} tiles in {1:.1f} s ({2:.1f} tiles/s on {3}); model time {4:.1f} s.</source>
        <translation>{0} teselas en {1:.1f} s ({2:.1f} teselas/s en {3}); tiempo del modelo {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="299"/>
        <source>Reading the input at a cell size of {0}.</source>
        <translation>Leyendo la entrada con un tamaño de celda de {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="311"/>
        <source>The model was trained at a cell size of {0}; the input ({1}) is read at {2} and the result written on the input&apos;s grid. Set a cell size to override.</source>
        <translation>El modelo se entrenó con un tamaño de celda de {0}; la entrada ({1}) se lee a {2} y el resultado se escribe en la cuadrícula de la entrada. Indique un tamaño de celda para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="86"/>
        <source>Detect Objects Using Deep Learning</source>
        <translation>Detectar objetos mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="89"/>
        <source>Runs an ONNX object detector over a raster of any size and writes every object found as a polygon (a rotated rectangle for oriented-box models) with its class name, class value and confidence (0-1).

Model outputs understood: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], and oriented boxes with an angle), and exports with NMS built in (boxes, scores and labels outputs, as torchvision, RetinaNet and SSD give). The layout comes from the model definition (ModelConfiguration, or Deepness/GeoDeep det_type) or is recognised from the output shapes.

The raster is read in tiles of tile_size with padding pixels of context; detections are mapped to map coordinates; exclude_pad_detections drops boxes that belong to a neighbouring tile&apos;s core, so an object on a seam is reported once; class-aware non-maximum suppression (nms_overlap, an IoU) then merges duplicates across tiles. Maximum overlap ratio (0 = off) drops a box covered by a higher-scoring box beyond that fraction of its own area. threshold is the minimum confidence.

Model arguments (empty value = model default): padding, threshold (default 0.1), nms_overlap (default 0.1), batch_size, exclude_pad_detections (default true), tile_size, test_time_augmentation. Mask: only objects whose centre lies inside the polygons are kept.</source>
        <translation>Ejecuta un detector de objetos ONNX sobre un ráster de cualquier tamaño y escribe cada objeto encontrado como un polígono (un rectángulo girado en los modelos de cajas orientadas) con su nombre de clase, valor de clase y confianza (0-1).

Salidas de modelo admitidas: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], y cajas orientadas con un ángulo) y exportaciones con NMS incorporada (salidas boxes, scores y labels, como las que dan torchvision, RetinaNet y SSD). La disposición se toma de la definición del modelo (ModelConfiguration, o det_type de Deepness/GeoDeep) o se reconoce a partir de las formas de las salidas.

El ráster se lee en teselas de tile_size con padding píxeles de contexto; las detecciones se convierten a coordenadas del mapa; exclude_pad_detections descarta las cajas que pertenecen al núcleo de una tesela vecina, de modo que un objeto sobre una costura se informa una sola vez; después, una supresión de no máximos por clase (nms_overlap, un IoU) fusiona los duplicados entre teselas. La proporción máxima de solapamiento (0 = desactivado) descarta una caja cubierta por otra de mayor puntuación más allá de esa fracción de su propia área. threshold es la confianza mínima.

Argumentos del modelo (valor vacío = valor predeterminado del modelo): padding, threshold (predeterminado 0.1), nms_overlap (predeterminado 0.1), batch_size, exclude_pad_detections (predeterminado true), tile_size, test_time_augmentation. Máscara: solo se conservan los objetos cuyo centro está dentro de los polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="113"/>
        <source>Non maximum suppression</source>
        <translation>Supresión de no máximos</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="118"/>
        <source>Maximum overlap ratio (0 = off)</source>
        <translation>Proporción máxima de solapamiento (0 = desactivado)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="126"/>
        <source>Class field name</source>
        <translation>Nombre del campo de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="130"/>
        <source>Confidence field name</source>
        <translation>Nombre del campo de confianza</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="144"/>
        <source>Detected objects</source>
        <translation>Objetos detectados</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="160"/>
        <source>The class and confidence field names must differ from each other and from {0} and {1}.</source>
        <translation>Los nombres de los campos de clase y de confianza deben ser distintos entre sí y de {0} y {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="228"/>
        <source>{0}: {1} objects from {2} tiles in {3:.1f} s ({4:.1f} tiles/s on {5}; model time {6:.1f} s).</source>
        <translation>{0}: {1} objetos de {2} teselas en {3:.1f} s ({4:.1f} teselas/s en {5}; tiempo del modelo {6:.1f} s).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="244"/>
        <source>{0} objects written.</source>
        <translation>{0} objetos escritos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="86"/>
        <source>Export Training Data For Deep Learning</source>
        <translation>Exportar datos de entrenamiento para aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="89"/>
        <source>Cuts image chips and labels from imagery and labelled samples (a vector layer of points, lines or polygons, or a classified raster) into a folder that PyTorch, TensorFlow and arcgis.learn&apos;s prepare_data load unchanged: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json and esri_model_definition.emd; COCO adds annotations.json, YOLO adds dataset.yaml.

Chips: tile size and stride in pixels; chips step by the stride from the top-left corner, and where the last step would run past the right or bottom edge one more chip is placed flush with that edge, so no part of the raster is left out. Pixels are copied unchanged (no resampling unless a cell size is given) and each chip keeps its window&apos;s georeference (GeoTIFF tags; a world file and .aux.xml for PNG and JPEG). Chips that are entirely nodata are not written; with &apos;output tiles without features&apos; off, only chips holding samples are.

Classes: the class value field, else a field named classvalue or value (any case), else class 1 for every feature; names and colours from Classname and RED/GREEN/BLUE fields, or the raster&apos;s attribute or colour table. Points and lines become sample areas buffered by the buffer radius (at least one pixel). Polygons are rasterised by the pixel-centre rule (as GDAL); where samples overlap in Classified_Tiles the smaller one wins. Boxes are the feature&apos;s extent clipped to the chip.

Metadata formats: 0 KITTI_rectangles, 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (one chip per feature, centred on it or cut to its bounding box), 5 MultiLabeled_Tiles, 6 Export_Tiles (images only), 7 COCO, 8 YOLO (polygon label lines, usable for detection and segmentation).

Start index continues an existing export of the same format: give the next chip number; the folder&apos;s statistics are merged. Rotation angle also writes each chip rotated by multiples of the angle (labels rotated with it), keeping only rotations that lie inside the image data. Mask polygons: only chips completely inside them are written. Reference system: MAP_SPACE or PIXEL_SPACE (the raw image grid).</source>
        <translation>Genera recortes de imagen y etiquetas a partir de imágenes y muestras etiquetadas (una capa vectorial de puntos, líneas o polígonos, o un ráster clasificado) en una carpeta que PyTorch, TensorFlow y prepare_data de arcgis.learn cargan sin cambios: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json y esri_model_definition.emd; COCO añade annotations.json y YOLO añade dataset.yaml.

Recortes: tamaño de tesela y paso en píxeles; los recortes avanzan según el paso desde la esquina superior izquierda y, donde el último paso se saldría por el borde derecho o inferior, se coloca un recorte más alineado con ese borde, de modo que ninguna parte del ráster queda fuera. Los píxeles se copian sin cambios (sin remuestreo salvo que se indique un tamaño de celda) y cada recorte conserva la georreferencia de su ventana (etiquetas GeoTIFF; un archivo world y .aux.xml para PNG y JPEG). Los recortes que son totalmente nodata no se escriben; con «Generar teselas sin objetos espaciales» desactivado, solo se escriben los recortes que contienen muestras.

Clases: el campo de valor de clase; si no, un campo llamado classvalue o value (sin distinguir mayúsculas); si no, la clase 1 para todos los objetos espaciales; nombres y colores de los campos Classname y RED/GREEN/BLUE, o de la tabla de atributos o de colores del ráster. Los puntos y las líneas se convierten en áreas de muestra mediante un búfer del radio indicado (al menos un píxel). Los polígonos se rasterizan según la regla del centro del píxel (como GDAL); donde las muestras se solapan en Classified_Tiles gana la más pequeña. Las cajas son la extensión del objeto espacial recortada al recorte de imagen.

Formatos de metadatos: 0 KITTI_rectangles, 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (un recorte por objeto espacial, centrado en él o ajustado a su rectángulo envolvente), 5 MultiLabeled_Tiles, 6 Export_Tiles (solo imágenes), 7 COCO, 8 YOLO (líneas de etiqueta de polígono, utilizables para detección y segmentación).

El índice inicial continúa una exportación existente del mismo formato: indique el número del siguiente recorte; las estadísticas de la carpeta se combinan. El ángulo de rotación escribe además cada recorte girado en múltiplos del ángulo (con las etiquetas giradas con él), conservando solo las rotaciones que quedan dentro de los datos de la imagen. Polígonos de máscara: solo se escriben los recortes completamente dentro de ellos. Sistema de referencia: MAP_SPACE o PIXEL_SPACE (la cuadrícula original de la imagen).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="123"/>
        <source>Input class data (labelled samples)</source>
        <translation>Datos de clase de entrada (muestras etiquetadas)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="130"/>
        <source>Input class raster (classified)</source>
        <translation>Ráster de clases de entrada (clasificado)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="136"/>
        <source>Class value field</source>
        <translation>Campo de valor de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="142"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="145"/>
        <source>Image chip format</source>
        <translation>Formato de los recortes de imagen</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="149"/>
        <source>Tile size X (pixels)</source>
        <translation>Tamaño de tesela X (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="150"/>
        <source>Tile size Y (pixels)</source>
        <translation>Tamaño de tesela Y (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="151"/>
        <source>Stride X (pixels)</source>
        <translation>Paso X (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="152"/>
        <source>Stride Y (pixels)</source>
        <translation>Paso Y (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="159"/>
        <source>Output tiles without features</source>
        <translation>Generar teselas sin objetos espaciales</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="164"/>
        <source>Metadata format</source>
        <translation>Formato de metadatos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="169"/>
        <source>Start index</source>
        <translation>Índice inicial</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="174"/>
        <source>Buffer radius</source>
        <translation>Radio del búfer</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="185"/>
        <source>Rotation angle (degrees)</source>
        <translation>Ángulo de rotación (grados)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="194"/>
        <source>Reference system</source>
        <translation>Sistema de referencia</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="199"/>
        <source>Blacken around feature</source>
        <translation>Ennegrecer alrededor del objeto espacial</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="203"/>
        <source>Crop mode</source>
        <translation>Modo de recorte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="211"/>
        <source>Cell size (resample to)</source>
        <translation>Tamaño de celda (remuestrear a)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="219"/>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="222"/>
        <source>Chips written</source>
        <translation>Recortes de imagen escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="223"/>
        <source>Features written</source>
        <translation>Objetos espaciales escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="248"/>
        <source>Give either input class data (vector) or an input class raster, not both.</source>
        <translation>Indique datos de clase de entrada (vectoriales) o un ráster de clases de entrada, pero no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="271"/>
        <source>The tile size {0} x {1} is larger than the raster &apos;{2}&apos; ({3} x {4} pixels): use a smaller tile size.</source>
        <translation>El tamaño de tesela {0} x {1} es mayor que el ráster «{2}» ({3} x {4} píxeles): use un tamaño de tesela menor.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="279"/>
        <source>JPEG chips hold 8-bit data but &apos;{0}&apos; is {1}: choose TIFF, PNG or MRF.</source>
        <translation>Los recortes JPEG contienen datos de 8 bits, pero «{0}» es {1}: elija TIFF, PNG o MRF.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="299"/>
        <source>No labelled sample overlaps the input raster: check that the class data covers the raster (and its processing extent).</source>
        <translation>Ninguna muestra etiquetada se solapa con el ráster de entrada: compruebe que los datos de clase cubren el ráster (y su extensión de procesamiento).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="323"/>
        <location filename="../algorithms/export_training_data.py" line="340"/>
        <source>The output folder &apos;{0}&apos; cannot be written ({1}): choose another folder.</source>
        <translation>No se puede escribir en la carpeta de salida «{0}» ({1}): elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="331"/>
        <source>Cancelled: the folder holds the {0} chips written before, described by map.txt and the statistics.</source>
        <translation>Cancelado: la carpeta contiene los {0} recortes escritos antes, descritos por map.txt y las estadísticas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="345"/>
        <source>{0} chips and {1} features written to {2} in {3:.1f} s ({4} chips all nodata skipped, {5} rotations outside the image skipped).</source>
        <translation>{0} recortes y {1} objetos espaciales escritos en {2} en {3:.1f} s ({4} recortes totalmente sin datos omitidos, {5} rotaciones fuera de la imagen omitidas).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="368"/>
        <source>Classes from the class raster: {0}</source>
        <translation>Clases del ráster de clases: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="387"/>
        <source>The input class data holds no feature with a geometry.</source>
        <translation>Los datos de clase de entrada no contienen ningún objeto espacial con geometría.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="389"/>
        <source>Class values from the field &apos;{0}&apos;.</source>
        <translation>Valores de clase del campo «{0}».</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="391"/>
        <source>No class value field: every feature is class 1.</source>
        <translation>Ningún campo de valor de clase: todos los objetos espaciales son de clase 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="403"/>
        <source>The class value field &apos;{0}&apos; holds &apos;{1}&apos;, which is not a whole number &gt;= 0: choose a numeric class field.</source>
        <translation>El campo de valor de clase «{0}» contiene «{1}», que no es un número entero &gt;= 0: elija un campo de clase numérico.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="44"/>
        <source>Install Python dependencies</source>
        <translation>Instalar dependencias de Python</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="51"/>
        <source>Installs the Python packages the deep-learning tools need, onnxruntime and OpenCV (opencv-python-headless), for the Python that QGIS runs, and reports the onnxruntime execution providers (CPU, CUDA, DirectML, ...) found afterwards.

Check only (the default): installs nothing. Reports what is installed, which execution providers onnxruntime offers, and the exact pip command that would run. Untick it to install.

Installing downloads the packages from the Python Package Index (pypi.org) with pip (several hundred megabytes for the GPU build) into a folder of your user profile, shown as Target folder; the plugin adds that folder to Python&apos;s search path when QGIS starts, after QGIS&apos;s own packages, so the numpy and GDAL that QGIS ships stay in use. numpy is pinned to the version QGIS already has, so pip picks builds that work with it.

onnxruntime build: Automatic installs the NVIDIA GPU build (onnxruntime-gpu) when an NVIDIA driver is found on this computer, and the CPU build otherwise. The GPU build runs models with CUDA and needs the NVIDIA CUDA and cuDNN libraries that its version asks for (see onnxruntime.ai); without them models run on the CPU. It exists for Windows and Linux only.

Restart QGIS after installing: a running QGIS keeps the onnxruntime it has already loaded.</source>
        <translation>Instala los paquetes de Python que necesitan las herramientas de aprendizaje profundo, onnxruntime y OpenCV (opencv-python-headless), para el Python que ejecuta QGIS, e informa después de los proveedores de ejecución de onnxruntime encontrados (CPU, CUDA, DirectML, ...).

Solo comprobar (predeterminado): no instala nada. Informa de lo que está instalado, de los proveedores de ejecución que ofrece onnxruntime y del comando pip exacto que se ejecutaría. Desmárquelo para instalar.

La instalación descarga los paquetes del Python Package Index (pypi.org) con pip (varios cientos de megabytes para la variante para GPU) en una carpeta de su perfil de usuario, mostrada como Carpeta de destino; el complemento añade esa carpeta a la ruta de búsqueda de Python al iniciar QGIS, después de los paquetes propios de QGIS, de modo que se siguen usando el numpy y el GDAL que incluye QGIS. numpy se fija en la versión que ya tiene QGIS, para que pip elija compilaciones compatibles con ella.

Variante de onnxruntime: Automático instala la variante para GPU NVIDIA (onnxruntime-gpu) si se encuentra un controlador NVIDIA en este equipo, y la variante para CPU en caso contrario. La variante para GPU ejecuta los modelos con CUDA y necesita las bibliotecas NVIDIA CUDA y cuDNN que pide su versión (véase onnxruntime.ai); sin ellas, los modelos se ejecutan en la CPU. Solo existe para Windows y Linux.

Reinicie QGIS después de instalar: un QGIS en ejecución conserva el onnxruntime que ya ha cargado.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="76"/>
        <source>onnxruntime build</source>
        <translation>Variante de onnxruntime</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="78"/>
        <source>Automatic: NVIDIA GPU build where an NVIDIA driver is present</source>
        <translation>Automático: variante para GPU NVIDIA si hay un controlador NVIDIA</translation>
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
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="87"/>
        <source>Check only (install nothing)</source>
        <translation>Solo comprobar (no instalar nada)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="90"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="92"/>
        <source>Execution providers</source>
        <translation>Proveedores de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="94"/>
        <source>pip command</source>
        <translation>Comando pip</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="95"/>
        <source>Target folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>NVIDIA driver: {0}</source>
        <translation>Controlador NVIDIA: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="103"/>
        <source>Python that QGIS runs: {0}</source>
        <translation>Python que ejecuta QGIS: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="104"/>
        <source>Target folder: {0}</source>
        <translation>Carpeta de destino: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="105"/>
        <location filename="../algorithms/install_dependencies.py" line="142"/>
        <source>Checking the installed packages…</source>
        <translation>Comprobando los paquetes instalados…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="109"/>
        <source>Packages: {0}</source>
        <translation>Paquetes: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="112"/>
        <source>No NVIDIA driver was found: the GPU build will run models on the CPU.</source>
        <translation>No se encontró ningún controlador NVIDIA: la variante para GPU ejecutará los modelos en la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="122"/>
        <source>Check only: nothing was installed. To install, run this tool again with &apos;Check only&apos; unticked, or run this command in a terminal:
{0}</source>
        <translation>Solo comprobar: no se ha instalado nada. Para instalar, vuelva a ejecutar esta herramienta con «Solo comprobar» desmarcado, o ejecute este comando en un terminal:
{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="132"/>
        <source>pip is not available for the Python that QGIS runs ({0}): {1}. Install pip for it first (Debian and Ubuntu: sudo apt install python3-pip), then run this tool again.</source>
        <translation>pip no está disponible para el Python que ejecuta QGIS ({0}): {1}. Instale primero pip para él (Debian y Ubuntu: sudo apt install python3-pip) y vuelva a ejecutar esta herramienta.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="138"/>
        <source>Downloading and installing with pip…</source>
        <translation>Descargando e instalando con pip…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="139"/>
        <source>Running: {0}</source>
        <translation>Ejecutando: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="147"/>
        <source>onnxruntime was installed in {0} but cannot be imported: {1}</source>
        <translation>onnxruntime se instaló en {0} pero no se puede importar: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="152"/>
        <source>Restart QGIS to use the packages just installed.</source>
        <translation>Reinicie QGIS para usar los paquetes recién instalados.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="155"/>
        <source>The GPU build runs models with CUDA only where the NVIDIA CUDA and cuDNN libraries it needs are installed; otherwise the tools fall back to the CPU.</source>
        <translation>La variante para GPU solo ejecuta los modelos con CUDA si están instaladas las bibliotecas NVIDIA CUDA y cuDNN que necesita; en caso contrario, las herramientas recurren a la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="168"/>
        <source>Python {0}, pip {1}</source>
        <translation>Python {0}, pip {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="169"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="176"/>
        <source>The {0} in the target folder is not the one the plugin uses: {1} comes first on the Python path. Uninstall that copy to use the one in the target folder.</source>
        <translation>El paquete {0} de la carpeta de destino no es el que usa el complemento: {1} aparece antes en la ruta de Python. Desinstale esa copia para usar la de la carpeta de destino.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="182"/>
        <source>Execution providers: {0}</source>
        <translation>Proveedores de ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="182"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="187"/>
        <source>{0}: not available ({1})</source>
        <translation>{0}: no disponible ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="188"/>
        <source>target folder</source>
        <translation>carpeta de destino</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="189"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="34"/>
        <source>Query Deep Learning Model Info</source>
        <translation>Consultar información del modelo de aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="37"/>
        <source>Reads a deep-learning model and reports what it is and how it will run on this computer.

Model: an Esri model definition (.emd), a deep-learning package (.dlpk), a bare ONNX model (.onnx; settings read from its Deepness/GeoDeep metadata or inferred from its input and output shapes) or a model definition given as a JSON string. Python raster functions carried in a .dlpk are never run.

Outputs: MODEL_TYPE (pixel classification, object classification, object detection, ...), CLASSES (JSON list of value, name and colour), INPUT_SHAPE (JSON list, null for a dynamic dimension), BANDS (the raster bands the model reads, 1-based, comma separated), TILE_SIZE (pixels), EXECUTION_PROVIDER (the onnxruntime provider that would run the model here, with processor type Auto) and AVAILABLE_PROVIDERS (all providers this onnxruntime offers).</source>
        <translation>Lee un modelo de aprendizaje profundo e informa de qué es y de cómo se ejecutará en este equipo.

Modelo: una definición de modelo de Esri (.emd), un paquete de aprendizaje profundo (.dlpk), un modelo ONNX sin más (.onnx; ajustes leídos de sus metadatos Deepness/GeoDeep o deducidos de las formas de sus entradas y salidas) o una definición de modelo dada como cadena JSON. Las funciones ráster de Python incluidas en un .dlpk nunca se ejecutan.

Salidas: MODEL_TYPE (clasificación de píxeles, clasificación de objetos, detección de objetos, ...), CLASSES (lista JSON de valor, nombre y color), INPUT_SHAPE (lista JSON, null para una dimensión dinámica), BANDS (las bandas del ráster que lee el modelo, numeradas desde 1, separadas por comas), TILE_SIZE (píxeles), EXECUTION_PROVIDER (el proveedor de onnxruntime que ejecutaría el modelo en este equipo, con el tipo de procesador Automático) y AVAILABLE_PROVIDERS (todos los proveedores que ofrece este onnxruntime).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="51"/>
        <location filename="../algorithms/model_tool.py" line="87"/>
        <source>Model definition (.emd, .dlpk, .onnx or JSON)</source>
        <translation>Definición del modelo (.emd, .dlpk, .onnx o JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="52"/>
        <source>A .emd, .dlpk or .onnx file, or a model definition as a JSON string.</source>
        <translation>Un archivo .emd, .dlpk u .onnx, o una definición de modelo como cadena JSON.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="54"/>
        <source>Model type</source>
        <translation>Tipo de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="55"/>
        <source>Classes (JSON)</source>
        <translation>Clases (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="56"/>
        <source>Input shape (JSON)</source>
        <translation>Forma de la entrada (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="57"/>
        <source>Bands read (1-based)</source>
        <translation>Bandas leídas (numeradas desde 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="58"/>
        <source>Tile size (pixels)</source>
        <translation>Tamaño de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="59"/>
        <source>Execution provider</source>
        <translation>Proveedor de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="60"/>
        <source>Available providers</source>
        <translation>Proveedores disponibles</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="86"/>
        <source>Model: {0}</source>
        <translation>Modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="87"/>
        <source>Type: {0} ({1})</source>
        <translation>Tipo: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="90"/>
        <source>Read from: {0} ({1})</source>
        <translation>Leído de: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="91"/>
        <source>Model file: {0}</source>
        <translation>Archivo del modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="95"/>
        <source>Framework: {0} {1}</source>
        <translation>Framework: {0} {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="101"/>
        <source>Input &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Entrada «{0}»: forma {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="105"/>
        <source>Output &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Salida «{0}»: forma {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="108"/>
        <source>Bands read (1-based): {0}</source>
        <translation>Bandas leídas (numeradas desde 1): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="111"/>
        <source>Tile: {0} x {1} pixels, padding {2}, batch size {3}</source>
        <translation>Tesela: {0} x {1} píxeles, margen {2}, tamaño de lote {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="117"/>
        <source>Normalisation ({0}): (x - {1}) / {2}</source>
        <translation>Normalización ({0}): (x - {1}) / {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="122"/>
        <source>  then (x - {0}) / {1}</source>
        <translation>  después (x - {0}) / {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="124"/>
        <source>Data range: {0} to {1}</source>
        <translation>Rango de datos: {0} a {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="126"/>
        <source>Threshold: {0}</source>
        <translation>Umbral: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="129"/>
        <source>Cell size: {0} to {1}</source>
        <translation>Tamaño de celda: {0} a {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="132"/>
        <source>Image space: {0}; crop size fixed: {1}; blacken around feature: {2}</source>
        <translation>Espacio de imagen: {0}; tamaño de recorte fijo: {1}; ennegrecer alrededor del objeto espacial: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="136"/>
        <source>Classes ({0}):</source>
        <translation>Clases ({0}):</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="138"/>
        <source>no colour</source>
        <translation>sin color</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="142"/>
        <source>Model argument defaults: {0}</source>
        <translation>Valores predeterminados de los argumentos del modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="147"/>
        <source>Other keys kept: {0}</source>
        <translation>Otras claves conservadas: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="148"/>
        <source>Execution provider here (processor type Auto): {0}</source>
        <translation>Proveedor de ejecución en este equipo (tipo de procesador Automático): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="149"/>
        <source>Available providers: {0}</source>
        <translation>Proveedores disponibles: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="51"/>
        <source>Input raster</source>
        <translation>Ráster de entrada</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="54"/>
        <source>Additional input rasters</source>
        <translation>Rásteres de entrada adicionales</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="60"/>
        <source>Processing mode</source>
        <translation>Modo de procesamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="61"/>
        <source>Process as mosaicked image</source>
        <translation>Procesar como imagen en mosaico</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="61"/>
        <source>Process all raster items separately</source>
        <translation>Procesar cada ráster por separado</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="70"/>
        <source>The input raster could not be opened.</source>
        <translation>No se pudo abrir el ráster de entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="92"/>
        <source>Model arguments (empty value = model default)</source>
        <translation>Argumentos del modelo (valor vacío = valor predeterminado del modelo)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="95"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="95"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="106"/>
        <source>Processor type</source>
        <translation>Tipo de procesador</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="107"/>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="107"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="112"/>
        <source>GPU id</source>
        <translation>ID de la GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="122"/>
        <source>This tool needs a model of type &apos;{1}&apos;; this model is of type &apos;{0}&apos;.</source>
        <translation>Esta herramienta necesita un modelo de tipo «{1}»; este modelo es de tipo «{0}».</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="139"/>
        <source>Execution provider: {0}</source>
        <translation>Proveedor de ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="142"/>
        <source>The requested provider could not run the model; running on {0} ({1}).</source>
        <translation>El proveedor solicitado no pudo ejecutar el modelo; se ejecuta en {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="11"/>
        <source>Deep learning models (*.emd *.dlpk *.onnx *.json);;All files (*.*)</source>
        <translation>Modelos de aprendizaje profundo (*.emd *.dlpk *.onnx *.json);;Todos los archivos (*.*)</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningPlugin</name>
    <message>
        <location filename="../plugin.py" line="92"/>
        <source>&amp;Raster Deep Learning</source>
        <translation>&amp;Aprendizaje profundo ráster</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="100"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Install onnxruntime and OpenCV for the deep-learning tools</source>
        <translation>Instalar onnxruntime y OpenCV para las herramientas de aprendizaje profundo</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningProvider</name>
    <message>
        <location filename="../provider/provider.py" line="25"/>
        <source>Raster Deep Learning</source>
        <translation>Aprendizaje profundo ráster</translation>
    </message>
</context>
</TS>
