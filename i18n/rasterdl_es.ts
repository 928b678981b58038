<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>RasterDL</name>
    <message>
        <location filename="../algorithms/base.py" line="42"/>
        <source>pixel classification</source>
        <translation>clasificación de píxeles</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="43"/>
        <source>object classification</source>
        <translation>clasificación de objetos</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="44"/>
        <source>object detection</source>
        <translation>detección de objetos</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="45"/>
        <source>instance segmentation</source>
        <translation>segmentación de instancias</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="46"/>
        <source>change detection</source>
        <translation>detección de cambios</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="47"/>
        <source>super resolution</source>
        <translation>superresolución</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="48"/>
        <source>image translation</source>
        <translation>traducción de imágenes</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="49"/>
        <source>pixel regression</source>
        <translation>regresión de píxeles</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="50"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="68"/>
        <source>an Esri model definition (.emd), a deep-learning package (.dlpk), a bare ONNX model (.onnx; settings from its Deepness/GeoDeep metadata, or inferred from its input and output shapes) or a model definition as a JSON string. Python code inside a .dlpk is never run.</source>
        <translation>una definición de modelo de Esri (.emd), un paquete de aprendizaje profundo (.dlpk), un modelo ONNX sin más (.onnx; ajustes leídos de sus metadatos Deepness/GeoDeep, o deducidos de las formas de sus entradas y salidas) o una definición de modelo como cadena JSON. El código Python incluido en un .dlpk nunca se ejecuta.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="91"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="91"/>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="141"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="148"/>
        <source>The disk is full: cannot write &apos;{0}&apos; ({1}). Free some space or choose another folder.</source>
        <translation>El disco está lleno: no se puede escribir «{0}» ({1}). Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="151"/>
        <source>Cannot read or write &apos;{0}&apos;: {1}.</source>
        <translation>No se puede leer ni escribir «{0}»: {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/chip_footprints.py" line="82"/>
        <source>Could not write the chip footprint of {0}.</source>
        <translation>No se pudo escribir la huella del recorte {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="65"/>
        <source>Classify Objects Using Deep Learning</source>
        <translation>Clasificar objetos mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="69"/>
        <source>Runs an ONNX image classifier on a raster and gives every input feature a class label, e.g. buildings labelled damaged or undamaged from post-disaster imagery.</source>
        <translation>Ejecuta un clasificador de imágenes ONNX sobre un ráster y asigna una etiqueta de clase a cada objeto espacial de entrada, p. ej. edificios etiquetados como dañados o no dañados a partir de imágenes posteriores a un desastre.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="73"/>
        <source>One chip per feature: with the model&apos;s CropSizeFixed = 1 a window of the model&apos;s image size centred on the feature, with 0 the feature&apos;s bounding box resized to the model input; points always get the fixed window and lines their bounding box. BlackenAroundFeature = 1 sets pixels outside a polygon to 0. Features in another CRS are reprojected to the raster&apos;s.</source>
        <translation>Un recorte por objeto espacial: con CropSizeFixed = 1 en el modelo, una ventana del tamaño de imagen del modelo centrada en el objeto; con 0, el rectángulo envolvente del objeto redimensionado a la entrada del modelo; los puntos reciben siempre la ventana fija y las líneas su rectángulo envolvente. BlackenAroundFeature = 1 pone a 0 los píxeles fuera de un polígono. Los objetos espaciales en otro SRC se reproyectan al SRC del ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="79"/>
        <source>Without input features each image is classified whole: a georeferenced image gives one feature with its footprint, an image without georeference a row without geometry; the Image field holds its name.</source>
        <translation>Sin objetos espaciales de entrada, cada imagen se clasifica entera: una imagen georreferenciada da un objeto espacial con su huella, una imagen sin georreferencia una fila sin geometría; el campo Image contiene su nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="87"/>
        <source>a feature is classified on every raster it overlaps, one row per raster, named in the Image field.</source>
        <translation>un objeto espacial se clasifica en cada ráster con el que se solapa, con una fila por ráster, cuyo nombre figura en el campo Image.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="93"/>
        <source>batch_size (chips per model run; default the model&apos;s, else 4), test_time_augmentation (default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE) and score_threshold (minimum confidence, 0-1: below it the label and value stay empty while the confidence is still written; default the model&apos;s, else 0.5)</source>
        <translation>batch_size (recortes por ejecución del modelo; predeterminado el del modelo, si no 4), test_time_augmentation (predeterminado false; true combina 8 volteos y rotaciones en MAP_SPACE, 2 en PIXEL_SPACE) y score_threshold (confianza mínima, 0-1: por debajo, la etiqueta y el valor quedan vacíos mientras la confianza se escribe igualmente; predeterminado el del modelo, si no 0.5)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="103"/>
        <source>The raster to read the chips from: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens with a fixed size (not a web layer).</source>
        <translation>El ráster del que se leen los recortes: GeoTIFF, VRT, ráster GeoPackage o cualquier otro ráster de tamaño fijo que abra QGIS (no una capa web).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="107"/>
        <source>Optional. Points, lines or polygons in any CRS (reprojected to the raster&apos;s), one chip each. Features outside the raster keep an empty label and are counted in the log; an empty layer gives an empty output and a warning. Without features each image is classified whole.</source>
        <translation>Opcional. Puntos, líneas o polígonos en cualquier SRC (reproyectados al SRC del ráster), un recorte cada uno. Los objetos espaciales fuera del ráster conservan una etiqueta vacía y se cuentan en el registro; una capa vacía da una salida vacía y una advertencia. Sin objetos espaciales, cada imagen se clasifica entera.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="112"/>
        <source>Name of the field that receives the class name (default ClassLabel). A field of that name in the input features is reused when it holds text; one of another type is an error.</source>
        <translation>Nombre del campo que recibe el nombre de la clase (predeterminado ClassLabel). Un campo con ese nombre en los objetos espaciales de entrada se reutiliza si contiene texto; uno de otro tipo es un error.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="116"/>
        <source>The input geometry and attributes plus the label field (class name), Confidence (0-1) and ClassValue; an Image field names the raster without input features or with processing mode 1.</source>
        <translation>La geometría y los atributos de entrada más el campo de etiqueta (nombre de la clase), Confidence (0-1) y ClassValue; un campo Image indica el ráster cuando no hay objetos espaciales de entrada o con el modo de procesamiento 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="124"/>
        <source>The classified features.</source>
        <translation>Los objetos espaciales clasificados.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="132"/>
        <source>Input features (points, lines or polygons)</source>
        <translation>Objetos espaciales de entrada (puntos, líneas o polígonos)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="138"/>
        <source>Class label field</source>
        <translation>Campo de etiqueta de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="141"/>
        <source>Classified objects</source>
        <translation>Objetos clasificados</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="188"/>
        <source>No label</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="200"/>
        <source>The input feature layer is empty: the output layer is empty too.</source>
        <translation>La capa de objetos espaciales de entrada está vacía: la capa de salida también lo está.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="230"/>
        <source>The input features already have a field &apos;{0}&apos; of type {1}: choose another class label field name, or rename that field.</source>
        <translation>Los objetos espaciales de entrada ya tienen un campo «{0}» de tipo {1}: elija otro nombre para el campo de etiqueta de clase o cambie el nombre de ese campo.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="263"/>
        <source>{0}: {1} ({2:.2f})</source>
        <translation>{0}: {1} ({2:.2f})</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="303"/>
        <source>0 of {0} rows labelled: no feature overlaps the imagery. Check that the features and the raster cover the same place (and their coordinate reference systems).</source>
        <translation>0 de {0} filas etiquetadas: ningún objeto espacial se solapa con las imágenes. Compruebe que los objetos espaciales y el ráster cubren el mismo lugar (y sus sistemas de referencia de coordenadas).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="309"/>
        <source>{0} of {1} rows labelled.</source>
        <translation>{0} de {1} filas etiquetadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="325"/>
        <source>{0} features lie outside &apos;{1}&apos; and keep an empty label.</source>
        <translation>{0} objetos espaciales quedan fuera de «{1}» y conservan una etiqueta vacía.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="336"/>
        <source>CLUSTER reads georeferenced rasters, and &apos;{0}&apos; has no coordinate reference system: georeference it, or leave CLUSTER empty to classify it here.</source>
        <translation>CLUSTER lee rásteres georreferenciados, y &apos;{0}&apos; no tiene sistema de referencia de coordenadas: georreferéncielo, o deje CLUSTER vacío para clasificarlo aquí.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="364"/>
        <source>{0} features in {1} parts go to the cluster; progress counts finished parts.</source>
        <translation>{0} entidades en {1} partes van al clúster; el progreso cuenta las partes terminadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="369"/>
        <source>The object classification was cancelled.</source>
        <translation>La clasificación de objetos se canceló.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="373"/>
        <source>{0} parts ran on {1} workers: {2} chips in {3:.1f} s; model time {4:.1f} s.</source>
        <translation>{0} partes se ejecutaron en {1} workers: {2} recortes en {3:.1f} s; tiempo del modelo {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_objects.py" line="379"/>
        <source>{0} parts ran again to read the model outputs as the first chips of the run decided ({1}): their own first chips had decided otherwise.</source>
        <translation>{0} partes se ejecutaron de nuevo para leer las salidas del modelo como decidieron los primeros recortes de la ejecución ({1}): sus propios primeros recortes habían decidido otra cosa.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="70"/>
        <source>Classify Pixels Using Deep Learning</source>
        <translation>Clasificar píxeles mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="74"/>
        <source>Runs a pixel-classification (segmentation) ONNX model over a raster of any size and writes a classified raster whose pixels hold the model&apos;s class values, styled with the class names and colours (colour table, raster attribute table and a .qml style), and optionally a probability raster (one float32 band per class).</source>
        <translation>Ejecuta un modelo ONNX de clasificación de píxeles (segmentación) sobre un ráster de cualquier tamaño y escribe un ráster clasificado cuyos píxeles contienen los valores de clase del modelo, con la simbología de los nombres y colores de las clases (tabla de colores, tabla de atributos ráster y un estilo .qml), y opcionalmente un ráster de probabilidades (una banda float32 por clase).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="80"/>
        <source>The raster is processed in tiles of tile_size pixels (N for square tiles, or W,H for width and height, written WxH on the qgis_process command line: a model trained on 800 x 608 images takes 800,608, its default) read with padding pixels of context on each side; neighbouring tiles overlap by twice the padding and their predictions are blended with a smooth window, so no seam shows. Tiles at the right and bottom edges extend past the raster: the missing pixels are filled with 0 and never written. The output is the same whatever the batch size.</source>
        <translation>El ráster se procesa en teselas de tile_size píxeles (N para teselas cuadradas, o W,H para la anchura y la altura, escrito WxH en la línea de comandos de qgis_process: un modelo entrenado con imágenes de 800 x 608 toma 800,608, su valor predeterminado) leídas con padding píxeles de contexto a cada lado; las teselas vecinas se solapan el doble del margen y sus predicciones se fusionan con una ventana suave, de modo que no se ve ninguna costura. Las teselas de los bordes derecho e inferior sobresalen del ráster: los píxeles que faltan se rellenan con 0 y nunca se escriben. El resultado es el mismo sea cual sea el tamaño de lote.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="89"/>
        <source>The output is written to a temporary file and moved in place only when the run succeeds: a cancelled or failed run leaves nothing behind and never replaces an existing file. The log names the execution provider and the throughput (tiles/s).</source>
        <translation>La salida se escribe en un archivo temporal y se mueve a su lugar solo si la ejecución termina bien: una ejecución cancelada o fallida no deja nada y nunca sustituye un archivo existente. El registro indica el proveedor de ejecución y el rendimiento (teselas/s).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="97"/>
        <source>each raster is classified into &lt;output&gt;_&lt;input name&gt; beside the classified raster (and into &lt;probability raster&gt;_&lt;input name&gt; when a probability raster is given).</source>
        <translation>cada ráster se clasifica en &lt;salida&gt;_&lt;nombre de entrada&gt; junto al ráster clasificado (y en &lt;ráster de probabilidades&gt;_&lt;nombre de entrada&gt; si se indica un ráster de probabilidades).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="103"/>
        <source>padding (pixels of context read on each side of a tile; default the model&apos;s, else a quarter of the tile size), batch_size (tiles per model run; default the model&apos;s, else 4), predict_background (false: class 0 never wins; default false for an Esri model listing two or more classes, none of Value 0, as ArcGIS Pro does, else true), test_time_augmentation (default false; true merges 8 flips and rotations in MAP_SPACE, 2 in PIXEL_SPACE), merge_policy (mean, max or min: how test-time augmentation merges the predictions; default mean), tile_size (pixels; default the model&apos;s tile size), threshold (minimum probability of the winning class, below which a pixel gets the background class or nodata; for two-class and sigmoid models the probability of class 1; default the model&apos;s, else 0.5 with two classes and 0 with more) and return_probability_raster (default false; true also writes the probabilities into &lt;output&gt;_probabilities.tif when no probability raster is given); for a model with several outputs, output_index (default 0) picks the output to classify. Channels in [0, 1] that do not sum to 1 are independent probabilities: each is thresholded (0.5 when threshold is 0), the best above it wins, the background where none is.</source>
        <translation>padding (píxeles de contexto leídos a cada lado de una tesela; predeterminado el del modelo, si no la cuarta parte del tamaño de tesela), batch_size (teselas por ejecución del modelo; predeterminado el del modelo, si no 4), predict_background (false: la clase 0 nunca gana; predeterminado false para un modelo de Esri que enumera dos o más clases, ninguna con Value 0, como hace ArcGIS Pro, si no true), test_time_augmentation (predeterminado false; true combina 8 volteos y rotaciones en MAP_SPACE, 2 en PIXEL_SPACE), merge_policy (mean, max o min: cómo combina las predicciones el aumento en tiempo de prueba; predeterminado mean), tile_size (píxeles; predeterminado el tamaño de tesela del modelo), threshold (probabilidad mínima de la clase ganadora, por debajo de la cual un píxel recibe la clase de fondo o nodata; en los modelos de dos clases y sigmoides, la probabilidad de la clase 1; predeterminado el del modelo, si no 0.5 con dos clases y 0 con más) y return_probability_raster (predeterminado false; true escribe además las probabilidades en &lt;output&gt;_probabilities.tif cuando no se indica ningún ráster de probabilidades); para un modelo con varias salidas, output_index (predeterminado 0) elige la salida que se clasifica. Los canales en [0, 1] cuya suma no es 1 son probabilidades independientes: a cada uno se le aplica el umbral (0.5 cuando threshold es 0), gana el mejor que lo supera y, donde ninguno lo supera, el fondo.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="123"/>
        <source>Optional. Only the part of the raster inside this extent is classified, and the output covers that part only (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Opcional. Solo se clasifica la parte del ráster dentro de esta extensión, y la salida cubre solo esa parte (ajustada hacia fuera a los píxeles del ráster); necesaria para una capa web. Predeterminado: todo el ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="128"/>
        <source>Optional. The cell size to read the input at, in its map units. Empty (default): the input&apos;s own cell size, unless the model states the cell size it was trained at and the input&apos;s differs: then the input is read at that size on the ground (in EPSG:3857 metres / cos(latitude)); web layers are read at it, or at their finest zoom when the model states none. The log says at which cell size, ground distance and web-map zoom. The result is always written on the input&apos;s grid.</source>
        <translation>Opcional. El tamaño de celda con el que se lee la entrada, en sus unidades de mapa. Vacío (predeterminado): el tamaño de celda propio de la entrada, salvo que el modelo indique el tamaño de celda con el que se entrenó y el de la entrada sea distinto: entonces la entrada se lee con ese tamaño sobre el terreno (en metros EPSG:3857 / cos(latitud)); las capas web se leen con él, o con su zoom más fino si el modelo no indica ninguno. El registro indica el tamaño de celda, la distancia sobre el terreno y el nivel de zoom del mapa web utilizados. El resultado siempre se escribe en la cuadrícula de la entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="136"/>
        <source>Optional. Only pixels inside these polygons are classified; outside them, and where the input is nodata, the output is nodata.</source>
        <translation>Opcional. Solo se clasifican los píxeles dentro de estos polígonos; fuera de ellos y donde la entrada es nodata, la salida es nodata.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="140"/>
        <source>The classified raster: a GeoTIFF (tiled, DEFLATE) holding the model&apos;s class values in the smallest integer type that holds them, with a colour table, a raster attribute table (Value/Class/Red/Green/Blue) and a .qml style beside it.</source>
        <translation>El ráster clasificado: un GeoTIFF (en teselas, DEFLATE) con los valores de clase del modelo en el tipo entero más pequeño que los contiene, con una tabla de colores, una tabla de atributos ráster (Value/Class/Red/Green/Blue) y un estilo .qml a su lado.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="145"/>
        <source>Optional, not created by default. A GeoTIFF with one float32 band per class, holding the probability of that class.</source>
        <translation>Opcional, no se crea por defecto. Un GeoTIFF con una banda float32 por clase que contiene la probabilidad de esa clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="153"/>
        <source>The classified raster (the first one with processing mode 1).</source>
        <translation>El ráster clasificado (el primero con el modo de procesamiento 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="154"/>
        <source>The probability raster, when one was asked for.</source>
        <translation>El ráster de probabilidades, si se ha pedido.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="155"/>
        <source>Every classified raster written, separated by semicolons.</source>
        <translation>Todos los rásteres clasificados escritos, separados por punto y coma.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="156"/>
        <source>The onnxruntime execution provider that ran the model.</source>
        <translation>El proveedor de ejecución de onnxruntime que ejecutó el modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="164"/>
        <location filename="../algorithms/detect_objects.py" line="199"/>
        <location filename="../algorithms/export_training_data.py" line="285"/>
        <source>Processing extent</source>
        <translation>Extensión de procesamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="168"/>
        <source>Cell size (empty: input&apos;s, or the model&apos;s training cell size)</source>
        <translation>Tamaño de celda (vacío: el de la entrada o el tamaño de celda de entrenamiento del modelo)</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="176"/>
        <location filename="../algorithms/detect_objects.py" line="203"/>
        <location filename="../algorithms/export_training_data.py" line="272"/>
        <source>Mask polygons</source>
        <translation>Polígonos de máscara</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="179"/>
        <source>Classified raster</source>
        <translation>Ráster clasificado</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="183"/>
        <source>Probability raster</source>
        <translation>Ráster de probabilidades</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="189"/>
        <source>Classified rasters written</source>
        <translation>Rásteres clasificados escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="190"/>
        <source>Execution provider used</source>
        <translation>Proveedor de ejecución utilizado</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="249"/>
        <source>The model has {0} outputs ({1}); classifying output {2} &apos;{3}&apos;. Set the model argument output_index to classify another one.</source>
        <translation>El modelo tiene {0} salidas ({1}); se clasifica la salida {2} «{3}». Indique el argumento del modelo output_index para clasificar otra.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="265"/>
        <source>as in ArcGIS Pro: the model lists {0} classes and none has Value 0, so the background channel arcgis.learn adds at training never wins</source>
        <translation>como en ArcGIS Pro: el modelo enumera {0} clases y ninguna tiene Value 0, así que el canal de fondo que arcgis.learn añade en el entrenamiento nunca gana</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="269"/>
        <source>as in ArcGIS Pro: the model has a class of Value 0</source>
        <translation>como en ArcGIS Pro: el modelo tiene una clase con Value 0</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="270"/>
        <source>as in ArcGIS Pro: the model lists at most one class</source>
        <translation>como en ArcGIS Pro: el modelo enumera como mucho una clase</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="271"/>
        <source>the model is not an Esri definition</source>
        <translation>el modelo no es una definición de Esri</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="276"/>
        <source>predict_background: {0} (the default, {1}).</source>
        <translation>predict_background: {0} (el valor predeterminado, {1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="279"/>
        <source>predict_background: {0} (set in the model arguments; the default is {1}, {2}).</source>
        <translation>predict_background: {0} (indicado en los argumentos del modelo; el valor predeterminado es {1}, {2}).</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="289"/>
        <source>Output channels that never win (the model&apos;s ignore_mapped_class, classes left out at training): {0}.</source>
        <translation>Canales de salida que nunca ganan (ignore_mapped_class del modelo, clases excluidas en el entrenamiento): {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="336"/>
        <source>Classifying {0} x {1} pixels in tiles of {2} with padding {3}, batch size {4}.</source>
        <translation>Clasificando {0} x {1} píxeles en teselas de {2} con margen {3}, tamaño de lote {4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="350"/>
        <source>Writing the result on the input&apos;s grid.</source>
        <translation>Escribiendo el resultado en la cuadrícula de la entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="386"/>
        <source>The classification was cancelled.</source>
        <translation>La clasificación se canceló.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="396"/>
        <source>Cancelled: no output was written.</source>
        <translation>Cancelado: no se ha escrito ninguna salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="405"/>
        <source>Mask: {0} polygons.</source>
        <translation>Máscara: {0} polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="408"/>
        <source>The mask holds no polygon: every output pixel is nodata. Check the mask layer.</source>
        <translation>La máscara no contiene ningún polígono: todos los píxeles de salida son nodata. Compruebe la capa de máscara.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="416"/>
        <source>{0} tiles in {1:.1f} s ({2:.1f} tiles/s on {3}); model time {4:.1f} s.</source>
        <translation>{0} teselas en {1:.1f} s ({2:.1f} teselas/s en {3}); tiempo del modelo {4:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/classify_pixels.py" line="425"/>
        <source>The raster is wider than {0} pixels: it was classified in {1} vertical strips, which keeps memory bounded; tiles on strip borders ran twice.</source>
        <translation>El ráster tiene más de {0} píxeles de ancho: se clasificó en {1} franjas verticales, lo que limita la memoria; las teselas de los bordes de franja se calcularon dos veces.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="93"/>
        <source>Detect Objects Using Deep Learning</source>
        <translation>Detectar objetos mediante aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="97"/>
        <source>Runs an ONNX object detector over a raster of any size and writes every object found as a polygon (a rotated rectangle for oriented-box models) with its class name, class value and confidence (0-1). The layer is styled by class when QGIS loads it.</source>
        <translation>Ejecuta un detector de objetos ONNX sobre un ráster de cualquier tamaño y escribe cada objeto encontrado como un polígono (un rectángulo girado en los modelos de cajas orientadas) con su nombre de clase, valor de clase y confianza (0-1). La capa recibe una simbología por clase cuando QGIS la carga.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="102"/>
        <source>Model outputs understood: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], and oriented boxes with an angle), and exports with NMS built in (boxes, scores and labels outputs, as torchvision, RetinaNet and SSD give; labels are read 1-based when the definition lists classes without a class 0, as Esri definitions do). The layout comes from the model definition (ModelConfiguration, or Deepness/GeoDeep det_type) or is recognised from the output shapes.</source>
        <translation>Salidas de modelo admitidas: YOLO v5/v7 ([N, boxes, 5 + classes]), Ultralytics v8-v11 ([N, 4 + classes, boxes], y cajas orientadas con un ángulo) y exportaciones con NMS incorporada (salidas boxes, scores y labels, como las que dan torchvision, RetinaNet y SSD; las labels se leen numeradas desde 1 cuando la definición enumera las clases sin una clase 0, como hacen las definiciones de Esri). La disposición se toma de la definición del modelo (ModelConfiguration, o det_type de Deepness/GeoDeep) o se reconoce a partir de las formas de las salidas.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="110"/>
        <source>The raster is read in tiles of tile_size (N pixels for square tiles, or W,H for width and height, written WxH on the qgis_process command line: a model trained on 800 x 608 images takes 800,608, its default) with padding pixels of context, at the model&apos;s training cell size on the ground when the model states one and the raster&apos;s lies outside it (web layers always; the log says at which cell size); detections are mapped to map coordinates; exclude_pad_detections drops boxes that belong to a neighbouring tile&apos;s core, so an object on a seam is reported once; class-aware non-maximum suppression (nms_overlap, an IoU) then merges duplicates across tiles.</source>
        <translation>El ráster se lee en teselas de tile_size (N píxeles para teselas cuadradas, o W,H para la anchura y la altura, escrito WxH en la línea de comandos de qgis_process: un modelo entrenado con imágenes de 800 x 608 toma 800,608, su valor predeterminado) con padding píxeles de contexto, con el tamaño de celda de entrenamiento del modelo sobre el terreno cuando el modelo indica uno y el del ráster queda fuera de él (siempre en las capas web; el registro indica el tamaño de celda); las detecciones se convierten a coordenadas del mapa; exclude_pad_detections descarta las cajas que pertenecen al núcleo de una tesela vecina, de modo que un objeto sobre una costura se informa una sola vez; después, una supresión de no máximos por clase (nms_overlap, un IoU) fusiona los duplicados entre teselas.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="123"/>
        <source>each raster is searched on its own, and an Image field names the raster of each object.</source>
        <translation>cada ráster se analiza por separado y un campo Image indica el ráster de cada objeto.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="128"/>
        <source>padding (pixels of context read on each side of a tile; default the model&apos;s, else a quarter of the tile size), threshold (minimum confidence; default the model&apos;s, else 0.1), nms_overlap (the IoU above which non-maximum suppression merges two boxes; default the model&apos;s, else 0.1), batch_size (tiles per model run; default the model&apos;s, else 4), exclude_pad_detections (default true: a tile keeps only the boxes whose centre lies in its share of the overlap with its neighbours), tile_size (pixels; default the model&apos;s tile size) and test_time_augmentation (default false; true adds a horizontal flip, and a vertical flip in MAP_SPACE, merged by non-maximum suppression) and nms_class_agnostic (default false: boxes of different classes never suppress each other; true merges overlapping boxes whatever their class)</source>
        <translation>padding (píxeles de contexto leídos a cada lado de una tesela; predeterminado el del modelo, si no la cuarta parte del tamaño de tesela), threshold (confianza mínima; predeterminado la del modelo, si no 0.1), nms_overlap (el IoU por encima del cual la supresión de no máximos fusiona dos cajas; predeterminado el del modelo, si no 0.1), batch_size (teselas por ejecución del modelo; predeterminado el del modelo, si no 4), exclude_pad_detections (predeterminado true: una tesela solo conserva las cajas cuyo centro está en su parte del solapamiento con sus vecinas), tile_size (píxeles; predeterminado el tamaño de tesela del modelo), test_time_augmentation (predeterminado false; true añade un volteo horizontal, y un volteo vertical en MAP_SPACE, combinados mediante supresión de no máximos) y nms_class_agnostic (predeterminado false: las cajas de clases distintas nunca se suprimen entre sí; true fusiona las cajas solapadas sea cual sea su clase)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="143"/>
        <source>Class-aware non-maximum suppression across tiles (default true): of the boxes of one class that overlap by more than nms_overlap (IoU), only the highest-scoring one is kept.</source>
        <translation>Supresión de no máximos por clase entre teselas (predeterminado true): de las cajas de una misma clase que se solapan más de nms_overlap (IoU), solo se conserva la de mayor puntuación.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="147"/>
        <source>0-1, default 0 (off). Drops a box covered by a higher-scoring box of any class beyond this fraction of its own area.</source>
        <translation>0-1, predeterminado 0 (desactivado). Descarta una caja cubierta por otra de mayor puntuación, de cualquier clase, más allá de esta fracción de su propia área.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="151"/>
        <source>Name of the field that receives the class name (default Class); the ClassValue field holds the class value.</source>
        <translation>Nombre del campo que recibe el nombre de la clase (predeterminado Class); el campo ClassValue contiene el valor de la clase.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="155"/>
        <source>Name of the field that receives the confidence, 0-1 (default Confidence). The two field names must differ from each other and from ClassValue and Image.</source>
        <translation>Nombre del campo que recibe la confianza, 0-1 (predeterminado Confidence). Los dos nombres de campo deben ser distintos entre sí y de ClassValue e Image.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="159"/>
        <source>Optional. Only the part of the raster inside this extent is searched (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Opcional. Solo se analiza la parte del ráster dentro de esta extensión (ajustada hacia fuera a los píxeles del ráster); necesaria para una capa web. Predeterminado: todo el ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="163"/>
        <source>Optional. Only objects whose centre lies inside these polygons are kept.</source>
        <translation>Opcional. Solo se conservan los objetos cuyo centro está dentro de estos polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="164"/>
        <source>Polygons in the raster&apos;s CRS with the class name, ClassValue and confidence fields (and Image with processing mode 1).</source>
        <translation>Polígonos en el SRC del ráster con los campos de nombre de clase, ClassValue y confianza (e Image con el modo de procesamiento 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="171"/>
        <source>The detected objects.</source>
        <translation>Los objetos detectados.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="177"/>
        <source>Non maximum suppression</source>
        <translation>Supresión de no máximos</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="182"/>
        <source>Maximum overlap ratio (0 = off)</source>
        <translation>Proporción máxima de solapamiento (0 = desactivado)</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="190"/>
        <source>Class field name</source>
        <translation>Nombre del campo de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="194"/>
        <source>Confidence field name</source>
        <translation>Nombre del campo de confianza</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="208"/>
        <source>Detected objects</source>
        <translation>Objetos detectados</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="228"/>
        <source>The class and confidence field names must differ from each other and from {0} and {1}.</source>
        <translation>Los nombres de los campos de clase y de confianza deben ser distintos entre sí y de {0} y {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="278"/>
        <source>{0} objects written.</source>
        <translation>{0} objetos escritos.</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="301"/>
        <source>{0}: {1} objects from {2} tiles in {3:.1f} s ({4:.1f} tiles/s on {5}; model time {6:.1f} s).</source>
        <translation>{0}: {1} objetos de {2} teselas en {3:.1f} s ({4:.1f} teselas/s en {5}; tiempo del modelo {6:.1f} s).</translation>
    </message>
    <message>
        <location filename="../algorithms/detect_objects.py" line="357"/>
        <source>The mask holds no polygon: no object can be found. Check the mask layer.</source>
        <translation>La máscara no contiene ningún polígono: no se puede encontrar ningún objeto. Compruebe la capa de máscara.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="99"/>
        <source>Export Training Data For Deep Learning</source>
        <translation>Exportar datos de entrenamiento para aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="103"/>
        <source>Cuts image chips and labels from imagery and labelled samples (a vector layer of points, lines or polygons, or a classified raster) into a training-data folder: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json and esri_model_definition.emd; COCO adds annotations.json, YOLO adds dataset.yaml.</source>
        <translation>Genera recortes de imagen y etiquetas a partir de imágenes y muestras etiquetadas (una capa vectorial de puntos, líneas o polígonos, o un ráster clasificado) en una carpeta de datos de entrenamiento: images/, labels/, map.txt, stats.txt, esri_accumulated_stats.json y esri_model_definition.emd; COCO añade annotations.json y YOLO añade dataset.yaml.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="109"/>
        <source>Which tool reads each format unchanged: KITTI_rectangles, PASCAL_VOC_rectangles, Classified_Tiles, RCNN_Masks, Labeled_Tiles and MultiLabeled_Tiles are for Esri&apos;s arcgis.learn (prepare_data) and ArcGIS Pro&apos;s Train Deep Learning Model; COCO is for pycocotools and torchvision&apos;s CocoDetection (annotations.json; arcgis.learn does not read it); YOLO is for Ultralytics (dataset.yaml; detection takes each polygon&apos;s box, segmentation the polygon; arcgis.learn does not read it); Export_Tiles holds images only.</source>
        <translation>Qué herramienta lee cada formato sin cambios: KITTI_rectangles, PASCAL_VOC_rectangles, Classified_Tiles, RCNN_Masks, Labeled_Tiles y MultiLabeled_Tiles son para arcgis.learn de Esri (prepare_data) y la herramienta Train Deep Learning Model de ArcGIS Pro; COCO es para pycocotools y CocoDetection de torchvision (annotations.json; arcgis.learn no lo lee); YOLO es para Ultralytics (dataset.yaml; la detección toma la caja de cada polígono y la segmentación el polígono; arcgis.learn no lo lee); Export_Tiles solo contiene imágenes.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="117"/>
        <source>Chips step by the stride from the top-left corner, and where the last step would run past the right or bottom edge one more chip is placed flush with that edge, so no part of the raster is left out. Pixels are copied unchanged (no resampling unless a cell size is given) and each chip keeps its window&apos;s georeference (GeoTIFF tags; a world file and .aux.xml for PNG and JPEG). Chips that are entirely nodata are not written.</source>
        <translation>Los recortes avanzan según el paso desde la esquina superior izquierda y, donde el último paso se saldría por el borde derecho o inferior, se coloca un recorte más alineado con ese borde, de modo que ninguna parte del ráster queda fuera. Los píxeles se copian sin cambios (sin remuestreo salvo que se indique un tamaño de celda) y cada recorte conserva la georreferencia de su ventana (etiquetas GeoTIFF; un archivo world y .aux.xml para PNG y JPEG). Los recortes que son totalmente nodata no se escriben.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="124"/>
        <source>Polygons are rasterised by the pixel-centre rule (as GDAL); where samples overlap in Classified_Tiles the smaller one wins. Boxes are the feature&apos;s extent clipped to the chip. map.txt, stats.txt and the statistics are rewritten as the export runs, so that after a cancel or an error they describe exactly the chips on disk.</source>
        <translation>Los polígonos se rasterizan según la regla del centro del píxel (como GDAL); donde las muestras se solapan en Classified_Tiles gana la más pequeña. Las cajas son la extensión del objeto espacial recortada al recorte de imagen. map.txt, stats.txt y las estadísticas se reescriben durante la exportación, de modo que tras una cancelación o un error describen exactamente los recortes que hay en el disco.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="135"/>
        <source>Optional. More images; all chips go into one sequence and one set of statistics.</source>
        <translation>Opcional. Más imágenes; todos los recortes van a una sola secuencia y un solo conjunto de estadísticas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="138"/>
        <source>Optional. The labelled samples: points, lines or polygons in any CRS (reprojected to the raster&apos;s). Class names and colours come from Classname and RED/GREEN/BLUE fields when the layer has them.</source>
        <translation>Opcional. Las muestras etiquetadas: puntos, líneas o polígonos en cualquier SRC (reproyectados al SRC del ráster). Los nombres y colores de las clases proceden de los campos Classname y RED/GREEN/BLUE si la capa los tiene.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="143"/>
        <source>Optional. A classified raster whose pixel values are the classes, for Classified_Tiles; class names and colours come from its attribute or colour table. Give this or the input class data, not both.</source>
        <translation>Opcional. Un ráster clasificado cuyos valores de píxel son las clases, para Classified_Tiles; los nombres y colores de las clases proceden de su tabla de atributos o de colores. Indique este ráster o los datos de clase de entrada, no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="148"/>
        <source>Optional. The numeric field holding each sample&apos;s class value, a whole number of 0 or more. Default: a field named classvalue or value (any case), else class 1 for every feature.</source>
        <translation>Opcional. El campo numérico que contiene el valor de clase de cada muestra, un número entero igual o mayor que 0. Predeterminado: un campo llamado classvalue o value (sin distinguir mayúsculas); si no, la clase 1 para todos los objetos espaciales.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="152"/>
        <source>The export folder: empty, or holding an export of the same format to continue (see Start index). A folder holding an export in another format is refused. Required: a temporary folder would be deleted when QGIS closes.</source>
        <translation>La carpeta de exportación: vacía o con una exportación del mismo formato que continuar (véase Índice inicial). Se rechaza una carpeta con una exportación en otro formato. Obligatoria: una carpeta temporal se borraría al cerrar QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="157"/>
        <source>Optional, created by default in the dialog. A polygon layer with one outline per chip written: its index, image file name, number of labels and input raster, so the map shows what was exported.</source>
        <translation>Opcional, creada de forma predeterminada en el diálogo. Una capa de polígonos con un contorno por recorte escrito: su índice, el nombre del archivo de imagen, el número de etiquetas y el ráster de entrada, para que el mapa muestre lo que se ha exportado.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="162"/>
        <source>0 TIFF (default), 1 PNG, 2 JPEG, 3 MRF. PNG and JPEG hold at most 3 bands, JPEG only 8-bit data.</source>
        <translation>0 TIFF (predeterminado), 1 PNG, 2 JPEG, 3 MRF. PNG y JPEG admiten como máximo 3 bandas, JPEG solo datos de 8 bits.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="166"/>
        <source>Chip width in pixels (default 256).</source>
        <translation>Anchura de los recortes en píxeles (predeterminado 256).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="167"/>
        <source>Chip height in pixels (default 256).</source>
        <translation>Altura de los recortes en píxeles (predeterminado 256).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="168"/>
        <source>Horizontal step between chips in pixels (default 128); a stride below the tile size makes chips overlap.</source>
        <translation>Paso horizontal entre recortes en píxeles (predeterminado 128); un paso menor que el tamaño de tesela hace que los recortes se solapen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="172"/>
        <source>Vertical step between chips in pixels (default 128).</source>
        <translation>Paso vertical entre recortes en píxeles (predeterminado 128).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="173"/>
        <source>Also write chips without samples (default false: only chips holding samples are written; Export_Tiles writes every chip).</source>
        <translation>Escribir también los recortes sin muestras (predeterminado false: solo se escriben los recortes que contienen muestras; Export_Tiles escribe todos los recortes).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="177"/>
        <source>The label format: 0 KITTI_rectangles (default), 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (one chip per feature, centred on it or cut to its bounding box), 5 MultiLabeled_Tiles (each chip&apos;s class names, comma separated), 6 Export_Tiles (images only, no labels needed), 7 COCO (for pycocotools and torchvision), 8 YOLO (for Ultralytics: polygon label lines, usable for detection and segmentation). 0-5 are for arcgis.learn. A class raster feeds Classified_Tiles only.</source>
        <translation>El formato de las etiquetas: 0 KITTI_rectangles (predeterminado), 1 PASCAL_VOC_rectangles, 2 Classified_Tiles, 3 RCNN_Masks, 4 Labeled_Tiles (un recorte por objeto espacial, centrado en él o recortado a su rectángulo envolvente), 5 MultiLabeled_Tiles (los nombres de clase de cada recorte, separados por comas), 6 Export_Tiles (solo imágenes, no se necesitan etiquetas), 7 COCO (para pycocotools y torchvision), 8 YOLO (para Ultralytics: líneas de etiqueta poligonales, utilizables para detección y segmentación). Los formatos 0-5 son para arcgis.learn. Un ráster de clases solo alimenta Classified_Tiles.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="185"/>
        <source>The number of the first chip (default 0). To continue an existing export of the same format, tile size and bands, give its next chip number: the folder&apos;s statistics are merged and no chip is overwritten.</source>
        <translation>El número del primer recorte (predeterminado 0). Para continuar una exportación existente del mismo formato, tamaño de tesela y bandas, indique el número de su siguiente recorte: las estadísticas de la carpeta se combinan y no se sobrescribe ningún recorte.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="190"/>
        <source>Buffer around points and lines, in the input raster&apos;s map units, that makes them sample areas (default 0: a point becomes a one-pixel square, a line a band one pixel wide).</source>
        <translation>Búfer alrededor de puntos y líneas, en las unidades de mapa del ráster de entrada, que los convierte en áreas de muestra (predeterminado 0: un punto se convierte en un cuadrado de un píxel, una línea en una banda de un píxel de ancho).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="194"/>
        <source>Optional. Only chips completely inside these polygons are written.</source>
        <translation>Opcional. Solo se escriben los recortes completamente dentro de estos polígonos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="195"/>
        <source>Default 0 (no rotation). Also writes each chip rotated by every multiple of this angle below 360 degrees, its labels rotated with it, keeping only rotations that lie inside the image data.</source>
        <translation>Predeterminado 0 (sin rotación). Escribe además cada recorte girado cada múltiplo de este ángulo por debajo de 360 grados, con sus etiquetas giradas con él, conservando solo las rotaciones que quedan dentro de los datos de la imagen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="200"/>
        <source>0 MAP_SPACE (default): chips keep their map coordinates; 1 PIXEL_SPACE: chips are georeferenced in the raw image grid. Written to the .emd as ImageSpaceUsed.</source>
        <translation>0 MAP_SPACE (predeterminado): los recortes conservan sus coordenadas de mapa; 1 PIXEL_SPACE: los recortes se georreferencian en la cuadrícula original de la imagen. Se escribe en el .emd como ImageSpaceUsed.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="204"/>
        <source>Labeled_Tiles only: set the pixels outside the feature to 0 (default false).</source>
        <translation>Solo Labeled_Tiles: pone a 0 los píxeles fuera del objeto espacial (predeterminado false).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="207"/>
        <source>Labeled_Tiles only: 0 FIXED_SIZE (default): a chip of the tile size centred on each feature; 1 BOUNDING_BOX: the chip is cut to the feature&apos;s bounding box.</source>
        <translation>Solo Labeled_Tiles: 0 FIXED_SIZE (predeterminado): un recorte del tamaño de tesela centrado en cada objeto espacial; 1 BOUNDING_BOX: el recorte se ajusta al rectángulo envolvente del objeto espacial.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="211"/>
        <source>Optional. Only the part of the raster inside this extent is exported (snapped outwards to the raster&apos;s pixels); needed for a web layer. Default: the whole raster.</source>
        <translation>Opcional. Solo se exporta la parte del ráster dentro de esta extensión (ajustada hacia fuera a los píxeles del ráster); necesaria para una capa web. Predeterminado: todo el ráster.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="215"/>
        <source>Optional. Resample the raster to this cell size, in its map units. Empty (default): the raster&apos;s own pixels, unchanged.</source>
        <translation>Opcional. Remuestrea el ráster a este tamaño de celda, en sus unidades de mapa. Vacío (predeterminado): los píxeles propios del ráster, sin cambios.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="219"/>
        <source>Optional. The bands to export, in this order (default: all bands).</source>
        <translation>Opcional. Las bandas que se exportan, en este orden (predeterminado: todas las bandas).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="224"/>
        <source>The export folder.</source>
        <translation>La carpeta de exportación.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="225"/>
        <source>The chip footprints, when asked for.</source>
        <translation>Las huellas de los recortes, si se han pedido.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="226"/>
        <source>The number of chips written.</source>
        <translation>El número de recortes escritos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="227"/>
        <source>The number of labelled features written, counted in every chip they appear in.</source>
        <translation>El número de objetos espaciales etiquetados escritos, contados en cada recorte en que aparecen.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="237"/>
        <source>Chips written</source>
        <translation>Recortes de imagen escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="238"/>
        <source>Features written</source>
        <translation>Objetos espaciales escritos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="245"/>
        <source>Input class data (labelled samples)</source>
        <translation>Datos de clase de entrada (muestras etiquetadas)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="250"/>
        <source>Input class raster (classified)</source>
        <translation>Ráster de clases de entrada (clasificado)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="254"/>
        <source>Class value field</source>
        <translation>Campo de valor de clase</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="259"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="260"/>
        <source>Image chip format</source>
        <translation>Formato de los recortes de imagen</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="261"/>
        <source>Tile size X (pixels)</source>
        <translation>Tamaño de tesela X (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="262"/>
        <source>Tile size Y (pixels)</source>
        <translation>Tamaño de tesela Y (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="263"/>
        <source>Stride X (pixels)</source>
        <translation>Paso X (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="264"/>
        <source>Stride Y (pixels)</source>
        <translation>Paso Y (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="265"/>
        <source>Output tiles without features</source>
        <translation>Generar teselas sin objetos espaciales</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="266"/>
        <source>Metadata format</source>
        <translation>Formato de metadatos</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="267"/>
        <source>Start index</source>
        <translation>Índice inicial</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="269"/>
        <source>Buffer radius</source>
        <translation>Radio del búfer</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="276"/>
        <source>Rotation angle (degrees)</source>
        <translation>Ángulo de rotación (grados)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="282"/>
        <source>Reference system</source>
        <translation>Sistema de referencia</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="283"/>
        <source>Blacken around feature</source>
        <translation>Ennegrecer alrededor del objeto espacial</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="284"/>
        <source>Crop mode</source>
        <translation>Modo de recorte</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="288"/>
        <source>Cell size (resample to)</source>
        <translation>Tamaño de celda (remuestrear a)</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="294"/>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="298"/>
        <source>Chip footprints</source>
        <translation>Huellas de los recortes</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="311"/>
        <source>Choose an output folder for the training data: a temporary folder is deleted when QGIS closes.</source>
        <translation>Elija una carpeta de salida para los datos de entrenamiento: una carpeta temporal se borra al cerrar QGIS.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="322"/>
        <source>Cancelled: the folder holds the {0} chips written before, described by map.txt and the statistics.</source>
        <translation>Cancelado: la carpeta contiene los {0} recortes escritos antes, descritos por map.txt y las estadísticas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="363"/>
        <source>No labelled sample overlaps the input raster: check that the class data covers the raster (and its processing extent).</source>
        <translation>Ninguna muestra etiquetada se solapa con el ráster de entrada: compruebe que los datos de clase cubren el ráster (y su extensión de procesamiento).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="401"/>
        <source>With CLUSTER the workers read the class raster with GDAL on the input raster&apos;s pixels, and &apos;{0}&apos; is not a file on that pixel grid: warp it to the input&apos;s CRS, cell size and alignment first (Raster &gt; Projections &gt; Warp), or leave CLUSTER empty.</source>
        <translation>Con CLUSTER los workers leen el ráster de clases con GDAL sobre los píxeles del ráster de entrada, y «{0}» no es un archivo en esa malla de píxeles: reproyéctelo primero al SRC, tamaño de celda y alineación de la entrada (Ráster &gt; Proyecciones &gt; Combar), o deje CLUSTER vacío.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="438"/>
        <source>Give either input class data (vector) or an input class raster, not both.</source>
        <translation>Indique datos de clase de entrada (vectoriales) o un ráster de clases de entrada, pero no ambos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="469"/>
        <source>The tile size {0} x {1} is larger than the raster &apos;{2}&apos; ({3} x {4} pixels): use a smaller tile size.</source>
        <translation>El tamaño de tesela {0} x {1} es mayor que el ráster «{2}» ({3} x {4} píxeles): use un tamaño de tesela menor.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="477"/>
        <source>JPEG chips hold 8-bit data but &apos;{0}&apos; is {1}: choose TIFF, PNG or MRF.</source>
        <translation>Los recortes JPEG contienen datos de 8 bits, pero «{0}» es {1}: elija TIFF, PNG o MRF.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="552"/>
        <source>The chips go to the cluster in ranges of up to {0} chips; progress counts finished ranges.</source>
        <translation>Los recortes van al clúster en rangos de hasta {0} recortes; el progreso cuenta los rangos terminados.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="556"/>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="558"/>
        <source>{0} ranges ran on {1} workers in {2:.1f} s.</source>
        <translation>{0} rangos se ejecutaron en {1} workers en {2:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="568"/>
        <source>No chip was written: no tile holds a labelled pixel. Check that the labels cover the raster, that a class raster uses class values above 0, and their coordinate reference systems.</source>
        <translation>No se escribió ningún recorte: ninguna tesela contiene un píxel etiquetado. Compruebe que las etiquetas cubren el ráster, que un ráster de clases usa valores de clase mayores que 0, y sus sistemas de referencia de coordenadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="575"/>
        <source>{0} chips and {1} features written to {2} in {3:.1f} s ({4} chips all nodata skipped, {5} rotations outside the image skipped).</source>
        <translation>{0} recortes y {1} objetos espaciales escritos en {2} en {3:.1f} s ({4} recortes totalmente sin datos omitidos, {5} rotaciones fuera de la imagen omitidas).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="597"/>
        <source>Output folder: {0}; chips: {1}; features: {2}.</source>
        <translation>Carpeta de salida: {0}; recortes: {1}; objetos espaciales: {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="606"/>
        <source>The output folder &apos;{0}&apos; cannot be written ({1}): choose another folder.</source>
        <translation>No se puede escribir en la carpeta de salida «{0}» ({1}): elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="624"/>
        <source>The raster &apos;{0}&apos; has no coordinate reference system: the labels&apos; coordinates ({1}) are assumed to be in the raster&apos;s. Assign the raster its CRS if the chips come out empty.</source>
        <translation>El ráster «{0}» no tiene sistema de referencia de coordenadas: se supone que las coordenadas de las etiquetas ({1}) están en el del ráster. Asigne al ráster su SRC si los recortes salen vacíos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="631"/>
        <source>The class raster is in {0} but the input raster in {1}: it is reprojected to {1} (nearest neighbour) to cut the labels.</source>
        <translation>El ráster de clases está en {0}, pero el ráster de entrada en {1}: se reproyecta a {1} (vecino más próximo) para recortar las etiquetas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="638"/>
        <source>The class raster is in {0} but the input raster in {1}: it is read on the input&apos;s grid. Reproject it to {1} if the chips come out empty.</source>
        <translation>El ráster de clases está en {0}, pero el ráster de entrada en {1}: se lee sobre la cuadrícula de la entrada. Reproyéctelo a {1} si los recortes salen vacíos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="663"/>
        <source>BANDS {0}: the input raster has bands 1 to {1}; give band numbers in that range, separated by commas.</source>
        <translation>BANDS {0}: el ráster de entrada tiene las bandas 1 a {1}; indique números de banda en ese intervalo, separados por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="674"/>
        <source>Classes from the class raster: {0}</source>
        <translation>Clases del ráster de clases: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="686"/>
        <source>CLASS_VALUE_FIELD &apos;{0}&apos; is not a field of the input class data (its fields: {1}): choose one of them.</source>
        <translation>CLASS_VALUE_FIELD «{0}» no es un campo de los datos de clase de entrada (sus campos: {1}): elija uno de ellos.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="695"/>
        <source>The input class data holds no feature with a geometry.</source>
        <translation>Los datos de clase de entrada no contienen ningún objeto espacial con geometría.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="697"/>
        <source>Class values from the field &apos;{0}&apos;.</source>
        <translation>Valores de clase del campo «{0}».</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="699"/>
        <source>No class value field: every feature is class 1.</source>
        <translation>Ningún campo de valor de clase: todos los objetos espaciales son de clase 1.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="705"/>
        <source>The class value field &apos;{0}&apos; holds &apos;{1}&apos;, which is not a whole number &gt;= 0: choose a numeric class field.</source>
        <translation>El campo de valor de clase «{0}» contiene «{1}», que no es un número entero &gt;= 0: elija un campo de clase numérico.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_training_data.py" line="724"/>
        <source>{0} label geometries were invalid (e.g. self-intersecting) and were repaired with make_valid: features {1}. Fix them in the layer, or set Processing&apos;s invalid features filtering to skip them.</source>
        <translation>{0} geometrías de etiquetas no eran válidas (p. ej., con autointersecciones) y se repararon con make_valid: objetos espaciales {1}. Corríjalas en la capa o configure el filtrado de objetos espaciales no válidos de Processing para omitirlos.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="48"/>
        <source>Install Python Dependencies</source>
        <translation>Instalar dependencias de Python</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="56"/>
        <source>Installs the Python packages the deep-learning tools need, onnxruntime and OpenCV (opencv-python-headless), for the Python that QGIS runs, and reports the onnxruntime execution providers (CPU, CUDA, DirectML, ...) found afterwards.</source>
        <translation>Instala los paquetes de Python que necesitan las herramientas de aprendizaje profundo, onnxruntime y OpenCV (opencv-python-headless), para el Python que ejecuta QGIS, e informa después de los proveedores de ejecución de onnxruntime encontrados (CPU, CUDA, DirectML, ...).</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="61"/>
        <source>dask and distributed are optional: only the tools&apos; CLUSTER parameter (running on a Dask cluster) needs them. Tick &apos;Also install dask and distributed&apos; to install them too.</source>
        <translation>dask y distributed son opcionales: solo los necesita el parámetro CLUSTER de las herramientas (ejecución en un clúster de Dask). Marque «Instalar también dask y distributed» para instalarlos también.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="65"/>
        <source>Installing downloads the packages from the Python Package Index (pypi.org) with pip (several hundred megabytes for the GPU build) into a folder of your user profile, shown as Target folder; the plugin adds that folder to Python&apos;s search path when QGIS starts, after QGIS&apos;s own packages, so the numpy and GDAL that QGIS ships stay in use. numpy is pinned to the version QGIS already has, so pip picks builds that work with it.</source>
        <translation>La instalación descarga los paquetes del Python Package Index (pypi.org) con pip (varios cientos de megabytes para la variante para GPU) en una carpeta de su perfil de usuario, mostrada como Carpeta de destino; el complemento añade esa carpeta a la ruta de búsqueda de Python al iniciar QGIS, después de los paquetes propios de QGIS, de modo que se siguen usando el numpy y el GDAL que incluye QGIS. numpy se fija en la versión que ya tiene QGIS, para que pip elija compilaciones compatibles con ella.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="72"/>
        <source>pip&apos;s output streams into the log and Cancel stops pip. Restart QGIS after installing: a running QGIS keeps the onnxruntime it has already loaded.</source>
        <translation>La salida de pip aparece en el registro y Cancelar detiene pip. Reinicie QGIS después de instalar: un QGIS en ejecución conserva el onnxruntime que ya ha cargado.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="80"/>
        <source>0 Automatic (default): the NVIDIA GPU build (onnxruntime-gpu) when an NVIDIA driver is found on this computer, the CPU build otherwise; 1 CPU; 2 NVIDIA GPU (CUDA). The GPU build runs models with CUDA where the NVIDIA CUDA and cuDNN libraries its version asks for are installed (see onnxruntime.ai), otherwise on the CPU; it exists for Windows and Linux only.</source>
        <translation>0 Automático (predeterminado): la variante para GPU NVIDIA (onnxruntime-gpu) si se encuentra un controlador NVIDIA en este equipo y, si no, la variante para CPU; 1 CPU; 2 GPU NVIDIA (CUDA). La variante para GPU ejecuta los modelos con CUDA donde están instaladas las bibliotecas NVIDIA CUDA y cuDNN que pide su versión (véase onnxruntime.ai) y, si no, en la CPU; solo existe para Windows y Linux.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="86"/>
        <source>Default false. Tick it to install dask and distributed as well, for the advanced CLUSTER parameter of the imagery tools: a Dask scheduler address, or local:N worker processes on this computer. The workers of a cluster need the same dask and distributed versions as this QGIS (README, &apos;Workers&apos;). The tools work without them.</source>
        <translation>Predeterminado false. Márquelo para instalar también dask y distributed, para el parámetro avanzado CLUSTER de las herramientas de imágenes: la dirección de un planificador de Dask, o local:N procesos de trabajo en este ordenador. Los workers de un clúster necesitan las mismas versiones de dask y distributed que este QGIS (README, «Workers»). Las herramientas funcionan sin ellos.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="92"/>
        <source>Default true: install nothing; report what is installed, which execution providers onnxruntime offers and the exact pip command that would run. Untick it to install.</source>
        <translation>Predeterminado true: no instala nada; informa de lo que está instalado, de los proveedores de ejecución que ofrece onnxruntime y del comando pip exacto que se ejecutaría. Desmárquelo para instalar.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="100"/>
        <source>True when this run installed the packages; false with Check only.</source>
        <translation>Verdadero si esta ejecución instaló los paquetes; falso con Solo comprobar.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="101"/>
        <source>The execution providers onnxruntime offers, comma separated, as a fresh Python finds them at the end of the run.</source>
        <translation>Los proveedores de ejecución que ofrece onnxruntime, separados por comas, tal como los encuentra un Python recién iniciado al final de la ejecución.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="105"/>
        <source>The pip command; it can be pasted into a terminal as it is.</source>
        <translation>El comando pip; se puede pegar tal cual en un terminal.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="106"/>
        <source>The folder of your user profile the packages are installed into.</source>
        <translation>La carpeta de su perfil de usuario en la que se instalan los paquetes.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="113"/>
        <source>onnxruntime build</source>
        <translation>Variante de onnxruntime</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="115"/>
        <source>Automatic: NVIDIA GPU build where an NVIDIA driver is present</source>
        <translation>Automático: variante para GPU NVIDIA si hay un controlador NVIDIA</translation>
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
        <translation>GPU NVIDIA (CUDA)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="125"/>
        <source>Also install dask and distributed (optional: for the CLUSTER parameter)</source>
        <translation>Instalar también dask y distributed (opcional: para el parámetro CLUSTER)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="131"/>
        <source>Check only (install nothing)</source>
        <translation>Solo comprobar (no instalar nada)</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="134"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="135"/>
        <source>Execution providers</source>
        <translation>Proveedores de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="136"/>
        <source>pip command</source>
        <translation>Comando pip</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="137"/>
        <source>Target folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="144"/>
        <source>NVIDIA driver: {0}</source>
        <translation>Controlador NVIDIA: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="144"/>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="146"/>
        <source>Python that QGIS runs: {0}</source>
        <translation>Python que ejecuta QGIS: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="147"/>
        <source>Target folder: {0}</source>
        <translation>Carpeta de destino: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="148"/>
        <location filename="../algorithms/install_dependencies.py" line="187"/>
        <source>Checking the installed packages…</source>
        <translation>Comprobando los paquetes instalados…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="154"/>
        <source>Packages: {0}</source>
        <translation>Paquetes: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="157"/>
        <source>No NVIDIA driver was found: the GPU build will run models on the CPU.</source>
        <translation>No se encontró ningún controlador NVIDIA: la variante para GPU ejecutará los modelos en la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="167"/>
        <source>Check only: nothing was installed. To install, run this tool again with &apos;Check only&apos; unticked, or run this command in a terminal:
{0}</source>
        <translation>Solo comprobar: no se ha instalado nada. Para instalar, vuelva a ejecutar esta herramienta con «Solo comprobar» desmarcado, o ejecute este comando en un terminal:
{0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="177"/>
        <source>pip is not available for the Python that QGIS runs ({0}): {1}. Install pip for it first (Debian and Ubuntu: sudo apt install python3-pip), then run this tool again.</source>
        <translation>pip no está disponible para el Python que ejecuta QGIS ({0}): {1}. Instale primero pip para él (Debian y Ubuntu: sudo apt install python3-pip) y vuelva a ejecutar esta herramienta.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="183"/>
        <source>Downloading and installing with pip…</source>
        <translation>Descargando e instalando con pip…</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="184"/>
        <source>Running: {0}</source>
        <translation>Ejecutando: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="192"/>
        <source>onnxruntime was installed in {0} but cannot be imported: {1}</source>
        <translation>onnxruntime se instaló en {0} pero no se puede importar: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="199"/>
        <source>{0} was installed in {1} but cannot be imported: {2}</source>
        <translation>{0} se instaló en {1} pero no se puede importar: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="204"/>
        <source>Restart QGIS to use the packages just installed.</source>
        <translation>Reinicie QGIS para usar los paquetes recién instalados.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="207"/>
        <source>The GPU build runs models with CUDA only where the NVIDIA CUDA and cuDNN libraries it needs are installed; otherwise the tools fall back to the CPU.</source>
        <translation>La variante para GPU solo ejecuta los modelos con CUDA si están instaladas las bibliotecas NVIDIA CUDA y cuDNN que necesita; en caso contrario, las herramientas recurren a la CPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="220"/>
        <source>Python {0}, pip {1}</source>
        <translation>Python {0}, pip {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="221"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="229"/>
        <source>The {0} in the target folder is not the one the plugin uses: {1} comes first on the Python path. Uninstall that copy to use the one in the target folder.</source>
        <translation>El paquete {0} de la carpeta de destino no es el que usa el complemento: {1} aparece antes en la ruta de Python. Desinstale esa copia para usar la de la carpeta de destino.</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="235"/>
        <source>Execution providers: {0}</source>
        <translation>Proveedores de ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="235"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="240"/>
        <source>{0}: not installed ({1}); optional, only the CLUSTER parameter needs it: tick &apos;Also install dask and distributed&apos; to install it</source>
        <translation>{0}: no instalado ({1}); opcional, solo lo necesita el parámetro CLUSTER: marque «Instalar también dask y distributed» para instalarlo</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="245"/>
        <source>{0}: not available ({1})</source>
        <translation>{0}: no disponible ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="246"/>
        <source>target folder</source>
        <translation>carpeta de destino</translation>
    </message>
    <message>
        <location filename="../algorithms/install_dependencies.py" line="247"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="43"/>
        <source>Query Deep Learning Model Info</source>
        <translation>Consultar información del modelo de aprendizaje profundo</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="47"/>
        <source>Reads a deep-learning model and reports what it is and how it will run on this computer, like ArcGIS Pro&apos;s tool of the same name.</source>
        <translation>Lee un modelo de aprendizaje profundo e informa de qué es y de cómo se ejecutará en este equipo, como la herramienta homónima de ArcGIS Pro.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="51"/>
        <source>The log also lists the model&apos;s inputs and outputs, normalisation, padding, batch size, thresholds, cell size, classes with colours, the default model arguments, and the keys of the model definition that it reads but ignores because they change nothing in the results.</source>
        <translation>El registro indica además las entradas y salidas del modelo, la normalización, el margen, el tamaño de lote, los umbrales, el tamaño de celda, las clases con sus colores, los argumentos predeterminados del modelo y las claves de la definición del modelo que se leen pero se ignoran porque no cambian nada en los resultados.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="59"/>
        <source>The model to describe: {0}</source>
        <translation>El modelo que se describe: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="63"/>
        <source>The Esri model type, e.g. ImageClassification (pixel classification), ObjectClassification or ObjectDetection.</source>
        <translation>El tipo de modelo de Esri, p. ej. ImageClassification (clasificación de píxeles), ObjectClassification u ObjectDetection.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="67"/>
        <source>JSON list of the classes, one object per class with the keys value, name and color.</source>
        <translation>Lista JSON de las clases, un objeto por clase con las claves value, name y color.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="70"/>
        <source>JSON list of the model input&apos;s dimensions as the tools use them: a dynamic height and width are the tile size the tools take (the definition&apos;s ImageHeight/ImageWidth, Ultralytics&apos; imgsz, or 256), a dynamic batch is null, e.g. [null, 3, 256, 256].</source>
        <translation>Lista JSON de las dimensiones de la entrada del modelo tal como las usan las herramientas: una altura y una anchura dinámicas son el tamaño de tesela que toman las herramientas (ImageHeight/ImageWidth de la definición, imgsz de Ultralytics o 256), un lote dinámico es null, p. ej. [null, 3, 256, 256].</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="75"/>
        <source>The raster bands the model reads, 1-based, comma separated, e.g. 1,2,3.</source>
        <translation>Las bandas del ráster que lee el modelo, numeradas desde 1, separadas por comas, p. ej. 1,2,3.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="76"/>
        <source>The tile height in pixels.</source>
        <translation>La altura de tesela en píxeles.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="77"/>
        <source>The tile width in pixels (the tile size of a square model), as the export tool&apos;s TILE_SIZE_X.</source>
        <translation>La anchura de tesela en píxeles (el tamaño de tesela de un modelo cuadrado), como TILE_SIZE_X de la herramienta de exportación.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="81"/>
        <source>The tile height in pixels, as the export tool&apos;s TILE_SIZE_Y.</source>
        <translation>La altura de tesela en píxeles, como TILE_SIZE_Y de la herramienta de exportación.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="82"/>
        <source>The onnxruntime execution provider that runs the model here with processor type Auto.</source>
        <translation>El proveedor de ejecución de onnxruntime que ejecuta el modelo en este equipo con el tipo de procesador Automático.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="85"/>
        <source>All the execution providers this onnxruntime offers, comma separated.</source>
        <translation>Todos los proveedores de ejecución que ofrece este onnxruntime, separados por comas.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="92"/>
        <location filename="../algorithms/model_tool.py" line="268"/>
        <source>Model definition (.emd, .dlpk, .onnx or JSON)</source>
        <translation>Definición del modelo (.emd, .dlpk, .onnx o JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="94"/>
        <source>Model type</source>
        <translation>Tipo de modelo</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="95"/>
        <source>Classes (JSON)</source>
        <translation>Clases (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="96"/>
        <source>Input shape (JSON)</source>
        <translation>Forma de la entrada (JSON)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="97"/>
        <source>Bands read (1-based)</source>
        <translation>Bandas leídas (numeradas desde 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="98"/>
        <source>Tile size (pixels)</source>
        <translation>Tamaño de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="99"/>
        <source>Tile width (pixels)</source>
        <translation>Anchura de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="100"/>
        <source>Tile height (pixels)</source>
        <translation>Altura de tesela (píxeles)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="101"/>
        <source>Execution provider</source>
        <translation>Proveedor de ejecución</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="102"/>
        <source>Available providers</source>
        <translation>Proveedores disponibles</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="129"/>
        <source>Model: {0}</source>
        <translation>Modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="130"/>
        <source>Type: {0} ({1})</source>
        <translation>Tipo: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="133"/>
        <source>Read from: {0} ({1})</source>
        <translation>Leído de: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="134"/>
        <location filename="../algorithms/model_tool.py" line="319"/>
        <source>Model file: {0}</source>
        <translation>Archivo del modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="138"/>
        <source>Framework: {0} {1}</source>
        <translation>Framework: {0} {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="144"/>
        <source>Input &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Entrada «{0}»: forma {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="148"/>
        <source>Output &apos;{0}&apos;: shape {1} {2}</source>
        <translation>Salida «{0}»: forma {1} {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="151"/>
        <source>Bands read (1-based): {0}</source>
        <translation>Bandas leídas (numeradas desde 1): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="154"/>
        <source>Tile: {0} x {1} pixels, padding {2}, batch size {3}</source>
        <translation>Tesela: {0} x {1} píxeles, margen {2}, tamaño de lote {3}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="160"/>
        <source>Normalisation: {0}</source>
        <translation>Normalización: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="164"/>
        <source>Output rule: {0}</source>
        <translation>Regla de salida: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="166"/>
        <source>Data range: {0} to {1}</source>
        <translation>Rango de datos: {0} a {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="168"/>
        <source>Threshold: {0}</source>
        <translation>Umbral: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="171"/>
        <source>Cell size: {0} to {1}</source>
        <translation>Tamaño de celda: {0} a {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="174"/>
        <source>Image space: {0}; crop size fixed: {1}; blacken around feature: {2}</source>
        <translation>Espacio de imagen: {0}; tamaño de recorte fijo: {1}; ennegrecer alrededor del objeto espacial: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="178"/>
        <source>Classes ({0}):</source>
        <translation>Clases ({0}):</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="180"/>
        <source>no colour</source>
        <translation>sin color</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="184"/>
        <source>Model argument defaults: {0}</source>
        <translation>Valores predeterminados de los argumentos del modelo: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="190"/>
        <source>Output channels that never win (ignore_mapped_class): {0}</source>
        <translation>Canales de salida que nunca ganan (ignore_mapped_class): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="195"/>
        <source>Training backend: {0}</source>
        <translation>Entorno de entrenamiento: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="199"/>
        <source>Keys read but ignored (they change nothing in this plugin&apos;s results): {0}</source>
        <translation>Claves leídas pero ignoradas (no cambian nada en los resultados de este complemento): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="206"/>
        <source>resize_to {0}: arcgis.learn resized the training chips to it; ArcGIS Pro&apos;s inference does not resize tiles, and neither does this plugin: it reads tiles at the model&apos;s cell size.</source>
        <translation>resize_to {0}: arcgis.learn redimensionó los recortes de entrenamiento a este tamaño; la inferencia de ArcGIS Pro no redimensiona las teselas, y este complemento tampoco: lee las teselas con el tamaño de celda del modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="212"/>
        <source>Execution provider here (processor type Auto): {0}</source>
        <translation>Proveedor de ejecución en este equipo (tipo de procesador Automático): {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_info.py" line="213"/>
        <source>Available providers: {0}</source>
        <translation>Proveedores disponibles: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="37"/>
        <source>input: the raw band values, no normalisation</source>
        <translation>entrada: los valores brutos de las bandas, sin normalización</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="40"/>
        <source>input: {0}, then (x - {1}) / {2} ({3})</source>
        <translation>entrada: {0}, después (x - {1}) / {2} ({3})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="43"/>
        <source>input: {0}, no standardisation ({1})</source>
        <translation>entrada: {0}, sin estandarización ({1})</translation>
    </message>
    <message>
        <location filename="../algorithms/model_rules.py" line="48"/>
        <source>output: {0}</source>
        <translation>salida: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="122"/>
        <source>The raster to process: GeoTIFF, VRT, GeoPackage raster or any other raster QGIS opens, or a web layer (WMS/XYZ, read as RGB; give a processing extent).</source>
        <translation>El ráster que se procesa: GeoTIFF, VRT, ráster GeoPackage o cualquier otro ráster que abra QGIS, o una capa web (WMS/XYZ, leída como RGB; indique una extensión de procesamiento).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="126"/>
        <source>Optional. More rasters, processed with the input raster as the processing mode says.</source>
        <translation>Opcional. Más rásteres, procesados con el ráster de entrada según indique el modo de procesamiento.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="129"/>
        <source>0 Process as mosaicked image (default): the input and the additional rasters are read as one mosaic, which needs file rasters sharing one CRS and the same bands. 1 Process all raster items separately: {0}</source>
        <translation>0 Procesar como imagen en mosaico (predeterminado): el ráster de entrada y los rásteres adicionales se leen como un único mosaico, lo que requiere rásteres de archivo con el mismo SRC y las mismas bandas. 1 Procesar cada ráster por separado: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="134"/>
        <source>Advanced, optional. Run the work on a Dask cluster, in blocks that give the same result as a run here: empty (default) runs here; local:N starts N worker processes on this machine (a many-core workstation); a scheduler address such as tcp://host:8786 uses the workers of a running &apos;dask scheduler&apos;. Every worker must open the input rasters, the model and the output folder by the same paths (a shared file system, or GDAL paths such as /vsis3/). Needs the Python packages dask and distributed (Install Python Dependencies offers them). The log names the cluster, its workers and the blocks; progress counts finished blocks.</source>
        <translation>Avanzado, opcional. Ejecuta el trabajo en un clúster Dask, en bloques que dan el mismo resultado que una ejecución aquí: vacío (por defecto) ejecuta aquí; local:N inicia N procesos worker en esta máquina (una estación de muchos núcleos); una dirección de planificador como tcp://host:8786 usa los workers de un &apos;dask scheduler&apos; en marcha. Cada worker debe abrir los rásteres de entrada, el modelo y la carpeta de salida por las mismas rutas (un sistema de archivos compartido, o rutas GDAL como /vsis3/). Necesita los paquetes de Python dask y distributed (Install Python Dependencies los ofrece). El registro nombra el clúster, sus workers y los bloques; el progreso cuenta los bloques terminados.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="147"/>
        <source>each raster is processed on its own.</source>
        <translation>cada ráster se procesa por separado.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="151"/>
        <source>Input raster</source>
        <translation>Ráster de entrada</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="154"/>
        <source>Additional input rasters</source>
        <translation>Rásteres de entrada adicionales</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="160"/>
        <source>Processing mode</source>
        <translation>Modo de procesamiento</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="161"/>
        <source>Process as mosaicked image</source>
        <translation>Procesar como imagen en mosaico</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="161"/>
        <source>Process all raster items separately</source>
        <translation>Procesar cada ráster por separado</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="170"/>
        <source>The input raster could not be opened.</source>
        <translation>No se pudo abrir el ráster de entrada.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="181"/>
        <source>Processing {0} rasters as one mosaic.</source>
        <translation>Procesando {0} rásteres como un único mosaico.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="187"/>
        <source>Dask cluster (empty: run here)</source>
        <translation>Clúster Dask (vacío: ejecutar aquí)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="200"/>
        <source>Opening the Dask cluster &apos;{0}&apos;...</source>
        <translation>Abriendo el clúster Dask &apos;{0}&apos;...</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="203"/>
        <source>Cluster: {0}; {1} workers ({2}).</source>
        <translation>Clúster: {0}; {1} workers ({2}).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="214"/>
        <source>Raster {0} of {1}: {2}</source>
        <translation>Ráster {0} de {1}: {2}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="240"/>
        <source>The {0} model: {1}</source>
        <translation>El modelo de {0}: {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="243"/>
        <source>Name/Value table of model arguments: {0}. An empty value keeps the model&apos;s default; an unknown name is an error listing the known ones. With qgis_process give name,value pairs separated by commas, e.g. batch_size,8.</source>
        <translation>Tabla Nombre/Valor de los argumentos del modelo: {0}. Un valor vacío conserva el predeterminado del modelo; un nombre desconocido es un error que enumera los conocidos. Con qgis_process indique pares nombre,valor separados por comas, p. ej. batch_size,8.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="248"/>
        <source>0 Auto (default): the best available onnxruntime execution provider (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO, then CPU); 1 CPU; 2 GPU: fails, listing the providers that exist, when none is available. The log names the provider that runs.</source>
        <translation>0 Automático (predeterminado): el mejor proveedor de ejecución de onnxruntime disponible (TensorRT, CUDA, DirectML, CoreML, ROCm, OpenVINO y, por último, CPU); 1 CPU; 2 GPU: falla, enumerando los proveedores existentes, si no hay ninguno disponible. El registro indica el proveedor que se ejecuta.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="253"/>
        <source>Advanced. The GPU to run on where there are several: 0 (default) for the first. Used by the processor types Auto and GPU.</source>
        <translation>Avanzado. La GPU en la que se ejecuta si hay varias: 0 (predeterminado) para la primera. La usan los tipos de procesador Automático y GPU.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="272"/>
        <source>Model arguments (empty value = model default)</source>
        <translation>Argumentos del modelo (valor vacío = valor predeterminado del modelo)</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="275"/>
        <location filename="../gui/model_arguments_widget.py" line="42"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="275"/>
        <location filename="../gui/model_arguments_widget.py" line="42"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="288"/>
        <source>Processor type</source>
        <translation>Tipo de procesador</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="289"/>
        <source>Auto</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="289"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="294"/>
        <source>GPU id</source>
        <translation>ID de la GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="305"/>
        <source>This tool needs a model of type &apos;{1}&apos;; this model is of type &apos;{0}&apos;.</source>
        <translation>Esta herramienta necesita un modelo de tipo «{1}»; este modelo es de tipo «{0}».</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="323"/>
        <source>Execution provider: {0}</source>
        <translation>Proveedor de ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="326"/>
        <source>The requested provider could not run the model; running on {0} ({1}).</source>
        <translation>El proveedor solicitado no pudo ejecutar el modelo; se ejecuta en {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="342"/>
        <source>The output layer could not be created.</source>
        <translation>No se pudo crear la capa de salida.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="355"/>
        <source>{0} blocks of up to {1} x {2} pixels go to the cluster; progress counts finished blocks.</source>
        <translation>{0} bloques de hasta {1} x {2} píxeles van al clúster; el progreso cuenta los bloques terminados.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="363"/>
        <source>{0} blocks ran on {1} workers: {2} tiles in {3:.1f} s ({4:.1f} tiles/s); model time {5:.1f} s.</source>
        <translation>{0} bloques se ejecutaron en {1} workers: {2} teselas en {3:.1f} s ({4:.1f} teselas/s); tiempo del modelo {5:.1f} s.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="380"/>
        <source>The model failed on a batch of several images but runs on one: its graph only works at batch size 1, so it went on one image at a time. Set batch_size to 1 to skip this check.</source>
        <translation>El modelo falló con un lote de varias imágenes pero funciona con una: su grafo solo funciona con un tamaño de lote de 1, así que se continuó imagen por imagen. Establezca batch_size en 1 para omitir esta comprobación.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="414"/>
        <source>The model was trained at a cell size of {0} m on the ground; the input ({1:.6g} map units) is read at {2:.6g} map units. Set a cell size to override.</source>
        <translation>El modelo se entrenó con un tamaño de celda de {0} m sobre el terreno; la entrada ({1:.6g} unidades de mapa) se lee a {2:.6g} unidades de mapa. Indique un tamaño de celda para cambiarlo.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="421"/>
        <source>The model was trained at a cell size of {0} m, but the input&apos;s CRS is in degrees: it is read at its own cell size. Reproject the input to a projected CRS to read it at the model&apos;s scale.</source>
        <translation>El modelo se entrenó con un tamaño de celda de {0} m, pero el SRC de la entrada está en grados: se lee con su propio tamaño de celda. Reproyecte la entrada a un SRC proyectado para leerla a la escala del modelo.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="430"/>
        <source>The model states no training cell size: the web layer is read at its finest resolution. Give a cell size to read it at another scale.</source>
        <translation>El modelo no indica ningún tamaño de celda de entrenamiento: la capa web se lee con su resolución más fina. Indique un tamaño de celda para leerla a otra escala.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="440"/>
        <source>, {0:.4g} m on the ground</source>
        <translation>, {0:.4g} m sobre el terreno</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="442"/>
        <source> at {0:.1f} degrees of latitude</source>
        <translation> a {0:.1f} grados de latitud</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="445"/>
        <source>, web-map zoom {0:.1f}</source>
        <translation>, zoom de mapa web {0:.1f}</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="447"/>
        <source>Input read at a cell size of {0:.6g} map units{1}{2}.</source>
        <translation>Entrada leída con un tamaño de celda de {0:.6g} unidades de mapa{1}{2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/model_tool.py" line="452"/>
        <source>The web layer&apos;s tiles are read at {0:.6g} map units per pixel (its nearest finer zoom level) and averaged down, so the model never sees enlarged tiles.</source>
        <translation>Las teselas de la capa web se leen a {0:.6g} unidades de mapa por píxel (su nivel de zoom más fino más cercano) y se promedian a la baja, de modo que el modelo nunca ve teselas ampliadas.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="11"/>
        <source>Deep learning models (*.emd *.dlpk *.onnx *.json);;All files (*.*)</source>
        <translation>Modelos de aprendizaje profundo (*.emd *.dlpk *.onnx *.json);;Todos los archivos (*.*)</translation>
    </message>
    <message>
        <location filename="../gui/model_arguments_widget.py" line="50"/>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <location filename="../gui/model_arguments_widget.py" line="50"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
</context>
<context>
    <name>RasterDLCore</name>
    <message>
        <location filename="../core/adapters/gdal/chip_writer.py" line="82"/>
        <source>Cannot write the chip &apos;{path}&apos;: {error}.</source>
        <translation>No se puede escribir el recorte «{path}»: {error}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="43"/>
        <source>Cannot write the output &apos;{path}&apos;: {gdal_message}.</source>
        <translation>No se puede escribir la salida «{path}»: {gdal_message}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="50"/>
        <source>Cannot read the raster &apos;{source}&apos; at pixels {x},{y} ({w} x {h}): {gdal_message}. The file is damaged or incomplete (truncated): copy or export it again.</source>
        <translation>No se puede leer el ráster «{source}» en los píxeles {x},{y} ({w} x {h}): {gdal_message}. El archivo está dañado o incompleto (truncado): vuelva a copiarlo o a exportarlo.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="76"/>
        <source>Cannot open the vector file &apos;{path}&apos;: {reason}.</source>
        <translation>No se puede abrir el archivo vectorial «{path}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="36"/>
        <source>Cannot write the output &apos;{path}&apos;: the disk is full ({free} bytes free; {gdal_message}). Free some space or choose another folder.</source>
        <translation>No se puede escribir la salida «{path}»: el disco está lleno ({free} bytes libres; {gdal_message}). Libere espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/errors.py" line="75"/>
        <source>Cannot open the raster &apos;{path}&apos;: {reason}.</source>
        <translation>No se puede abrir el ráster «{path}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/feature_copy.py" line="126"/>
        <source>The vector file &apos;{path}&apos; has no layer.</source>
        <translation>El archivo vectorial &apos;{path}&apos; no tiene ninguna capa.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/feature_copy.py" line="52"/>
        <source>The input features already have a field &apos;{name}&apos; of type {type}: choose another class label field name, or rename that field.</source>
        <translation>Los objetos espaciales de entrada ya tienen un campo «{name}» de tipo {type}: elija otro nombre para el campo de etiqueta de clase o cambie el nombre de ese campo.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/formats.py" line="40"/>
        <source>No raster format writes &apos;.{suffix}&apos; files (&apos;{path}&apos;): save the output as .tif (GeoTIFF).</source>
        <translation>Ningún formato ráster escribe archivos «.{suffix}» («{path}»): guarde la salida como .tif (GeoTIFF).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/formats.py" line="61"/>
        <source>The {what} &apos;{path}&apos; is a {driver_name} file, which cannot hold {bands} band(s) of {dtype} ({gdal_message}): save it as .tif (GeoTIFF).</source>
        <translation>{what} «{path}» es un archivo {driver_name}, que no puede contener {bands} banda(s) de tipo {dtype} ({gdal_message}): guárdelo como .tif (GeoTIFF).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/grid.py" line="20"/>
        <source>The raster &apos;{path}&apos; is rotated or not north-up: warp it to a north-up raster first (Raster &gt; Projections &gt; Warp).</source>
        <translation>El ráster «{path}» está girado o no tiene el norte arriba: transfórmelo primero en un ráster con el norte arriba (Ráster &gt; Proyecciones &gt; Combar (reproyectar)).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/grid.py" line="30"/>
        <location filename="../core/adapters/qgis/grid.py" line="25"/>
        <source>The processing extent does not overlap the input raster: choose an extent inside the raster.</source>
        <translation>La extensión de procesamiento no se solapa con el ráster de entrada: elija una extensión dentro del ráster.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_reader.py" line="169"/>
        <location filename="../core/export/exporter.py" line="87"/>
        <source>Band list {bands} asks for bands the raster lacks (it has {band_count}).</source>
        <translation>La lista de bandas {bands} pide bandas que el ráster no tiene (tiene {band_count}).</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_writer.py" line="43"/>
        <source>Cannot create the folder of the output &apos;{path}&apos;: {strerror}.</source>
        <translation>No se puede crear la carpeta de la salida «{path}»: {strerror}.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/raster_writer.py" line="55"/>
        <source>Cannot write the output &apos;{path}&apos;: {error}. Choose a writable location.</source>
        <translation>No se puede escribir la salida «{path}»: {error}. Elija una ubicación en la que se pueda escribir.</translation>
    </message>
    <message>
        <location filename="../core/adapters/gdal/vectors.py" line="59"/>
        <source>The vector file &apos;{path}&apos; has no layer named &apos;{layer_name}&apos;.</source>
        <translation>El archivo vectorial «{path}» no tiene ninguna capa llamada «{layer_name}».</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/grid.py" line="42"/>
        <source>&apos;{name}&apos; is a web layer without a fixed size: give a processing extent (and a cell size, or the finest resolution the service offers is used).</source>
        <translation>«{name}» es una capa web sin tamaño fijo: indique una extensión de procesamiento (y un tamaño de celda; si no, se usa la resolución más fina que ofrece el servicio).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/grid.py" line="49"/>
        <source>&apos;{name}&apos; does not state its resolution: give a cell size.</source>
        <translation>«{name}» no indica su resolución: indique un tamaño de celda.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="50"/>
        <source>The input rasters could not be mosaicked; process them separately.</source>
        <translation>No se pudo crear un mosaico con los rásteres de entrada; procéselos por separado.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="66"/>
        <source>The raster &apos;{name}&apos; could not be reprojected to the input raster&apos;s coordinate reference system; reproject it yourself (Raster &gt; Projections &gt; Warp).</source>
        <translation>No se pudo reproyectar el ráster «{name}» al sistema de referencia de coordenadas del ráster de entrada; reproyéctelo usted mismo (Ráster &gt; Proyecciones &gt; Combar (reproyectar)).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="20"/>
        <source>&apos;{name}&apos; is not a file raster, so it cannot be mosaicked; process the rasters separately (processing mode 1).</source>
        <translation>«{name}» no es un ráster de archivo, así que no puede formar parte de un mosaico; procese los rásteres por separado (modo de procesamiento 1).</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="26"/>
        <source>&apos;{name}&apos; is in {authid} but &apos;{first_name}&apos; in {first_authid}: a mosaic needs one coordinate reference system. Reproject them or process them separately.</source>
        <translation>«{name}» está en {authid}, pero «{first_name}» en {first_authid}: un mosaico necesita un único sistema de referencia de coordenadas. Reproyéctelos o procéselos por separado.</translation>
    </message>
    <message>
        <location filename="../core/adapters/qgis/virtual_rasters.py" line="36"/>
        <source>&apos;{name}&apos; has {bandcount} bands but &apos;{first_name}&apos; has {first_bandcount}: a mosaic needs the same bands in every raster.</source>
        <translation>«{name}» tiene {bandcount} bandas, pero «{first_name}» tiene {first_bandcount}: un mosaico necesita las mismas bandas en todos los rásteres.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="73"/>
        <source>CLUSTER &apos;{cluster}&apos; is neither local:N nor a Dask scheduler address such as tcp://host:8786.</source>
        <translation>CLUSTER &apos;{cluster}&apos; no es ni local:N ni una dirección de planificador Dask como tcp://host:8786.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="65"/>
        <source>CLUSTER &apos;{cluster}&apos;: give local:N with N the number of worker processes (1 or more), e.g. local:4.</source>
        <translation>CLUSTER &apos;{cluster}&apos;: indique local:N con N el número de procesos worker (1 o más), p. ej. local:4.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="86"/>
        <source>CLUSTER &apos;{cluster}&apos; needs the Python packages dask and distributed, which are not installed: install them with the Install Python Dependencies tool (its option &apos;Also install dask and distributed&apos;) or &apos;python3 -m pip install dask distributed&apos; in QGIS&apos;s Python, or leave CLUSTER empty to run here.</source>
        <translation>CLUSTER &apos;{cluster}&apos; necesita los paquetes de Python dask y distributed, que no están instalados: instálelos con la herramienta Install Python Dependencies (su opción &apos;Also install dask and distributed&apos;) o con &apos;python3 -m pip install dask distributed&apos; en el Python de QGIS, o deje CLUSTER vacío para ejecutar aquí.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="131"/>
        <source>The Dask scheduler at {address} did not answer within {seconds:g} s ({error}). Check the address and that &apos;dask scheduler&apos; runs there and is reachable from this machine.</source>
        <translation>El planificador Dask en {address} no respondió en {seconds:g} s ({error}). Compruebe la dirección y que &apos;dask scheduler&apos; se ejecuta allí y es accesible desde esta máquina.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="142"/>
        <source>The Dask scheduler at {address} has no worker (none joined within {seconds:g} s). Start workers with &apos;dask worker {address}&apos;.</source>
        <translation>El planificador Dask en {address} no tiene ningún worker (ninguno se unió en {seconds:g} s). Inicie workers con &apos;dask worker {address}&apos;.</translation>
    </message>
    <message>
        <location filename="../core/cluster/connect.py" line="168"/>
        <source>Could not start a local Dask cluster of {count} worker processes: {error}</source>
        <translation>No se pudo iniciar un clúster Dask local de {count} procesos worker: {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/driver.py" line="91"/>
        <source>Worker {worker}: {error}</source>
        <translation>Worker {worker}: {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/driver.py" line="85"/>
        <source>A block failed on the cluster: {error}</source>
        <translation>Un bloque falló en el clúster: {error}</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="16"/>
        <source>CLUSTER runs on rasters that every worker opens by path (files, /vsis3/, /vsicurl/ ...); this input is a {provider} layer. Save it as a GeoTIFF first, or leave CLUSTER empty.</source>
        <translation>CLUSTER trabaja con rásteres que cada worker abre por su ruta (archivos, /vsis3/, /vsicurl/ ...); esta entrada es una capa {provider}. Guárdela primero como GeoTIFF, o deje CLUSTER vacío.</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="22"/>
        <source>CLUSTER cannot read several rasters as one mosaic built in memory: build a VRT file of them (Raster &gt; Miscellaneous &gt; Build Virtual Raster) on a path the workers see and give it as the input, or process the rasters separately (processing mode 1).</source>
        <translation>CLUSTER no puede leer varios rásteres como un mosaico construido en memoria: construya con ellos un archivo VRT (Ráster &gt; Miscelánea &gt; Construir ráster virtual) en una ruta que vean los workers y úselo como entrada, o procese los rásteres por separado (modo de procesamiento 1).</translation>
    </message>
    <message>
        <location filename="../core/cluster/inputs.py" line="28"/>
        <source>With CLUSTER the input is read at its own cell size, and this run would read it at another one (the model&apos;s training cell size or CELL_SIZE). Resample the input to that cell size first, or set CELL_SIZE to the input&apos;s own cell size.</source>
        <translation>Con CLUSTER la entrada se lee a su propio tamaño de celda, y esta ejecución la leería a otro (el tamaño de celda de entrenamiento del modelo o CELL_SIZE). Remuestree primero la entrada a ese tamaño de celda, o ajuste CELL_SIZE al tamaño de celda propio de la entrada.</translation>
    </message>
    <message>
        <location filename="../core/engine/contracts.py" line="88"/>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {width} x {height} pixels and {bands} bands.</source>
        <translation>El lector de ráster devolvió los píxeles {pixels_shape} y la máscara {mask_shape} para una ventana de {width} x {height} píxeles y {bands} bandas.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="400"/>
        <source>The model&apos;s detection output has the dynamic shape {shape}: set the detection format (det_type: YOLO_v5_or_v7_default, YOLO_Ultralytics or YOLO_Ultralytics_obb) in the model definition.</source>
        <translation>La salida de detección del modelo tiene la forma dinámica {shape}: indique el formato de detección (det_type: YOLO_v5_or_v7_default, YOLO_Ultralytics o YOLO_Ultralytics_obb) en la definición del modelo.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="146"/>
        <source>The model output {shape} has room for {available} class scores in the {layout} layout but the model definition lists {class_count} classes. List one class per model class, or set the detection format (det_type) that matches the model.</source>
        <translation>La salida del modelo {shape} tiene sitio para {available} puntuaciones de clase en la disposición {layout}, pero la definición del modelo enumera {class_count} clases. Enumere una clase por cada clase del modelo, o indique el formato de detección (det_type) que corresponde al modelo.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="160"/>
        <source>The model output has shape {shape} but the {layout} layout is {expected}. Set the detection format (det_type) that matches the model.</source>
        <translation>La salida del modelo tiene la forma {shape}, pero la disposición {layout} es {expected}. Indique el formato de detección (det_type) que corresponde al modelo.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="227"/>
        <source>The model output has shape {shape} but the {layout} layout gives {columns} values per detection. Set the detection format (det_type) that matches the model.</source>
        <translation>La salida del modelo tiene la forma {shape}, pero la disposición {layout} da {columns} valores por detección. Indique el formato de detección (det_type) que corresponde al modelo.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="238"/>
        <source>The model returned the class index {class_index} but the model definition lists {class_count} classes. List every class of the model, in index order.</source>
        <translation>El modelo devolvió el índice de clase {class_index}, pero la definición del modelo enumera {class_count} clases. Enumere todas las clases del modelo, en el orden de sus índices.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="280"/>
        <source>The model&apos;s boxes output has shape {shape}; a model with NMS built in gives boxes [N, K, 4] (x0, y0, x1, y1) with scores [N, K] and labels [N, K].</source>
        <translation>La salida boxes del modelo tiene la forma {shape}; un modelo con NMS incorporada da boxes [N, K, 4] (x0, y0, x1, y1) con scores [N, K] y labels [N, K].</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="291"/>
        <source>The model gives {box_count} boxes but {score_count} scores per image: the boxes, scores and labels outputs must have one entry per detection.</source>
        <translation>El modelo da {box_count} cajas pero {score_count} puntuaciones por imagen: las salidas boxes, scores y labels deben tener una entrada por detección.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="307"/>
        <source>The model returned the label {label} but the model definition lists {class_count} classes (labels are read {numbering}). List every class of the model, in label order; a definition without a class of Value 0 reads labels 1-based.</source>
        <translation>El modelo devolvió la etiqueta {label}, pero la definición del modelo enumera {class_count} clases (las etiquetas se leen {numbering}). Enumere todas las clases del modelo, en el orden de sus etiquetas; una definición sin una clase con Value 0 lee las etiquetas numeradas desde 1.</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="370"/>
        <source>No boxes output among the model outputs ({names}). A model with NMS built in gives boxes [N, K, 4], scores [N, K] and labels [N, K] outputs.</source>
        <translation>No hay ninguna salida boxes entre las salidas del modelo ({names}). Un modelo con NMS incorporada da las salidas boxes [N, K, 4], scores [N, K] y labels [N, K].</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="381"/>
        <source>The model&apos;s detection output has shape {shape}; the supported single-output layouts are [N, boxes, 5 + classes] (YOLO v5/v7) and [N, 4 + classes, boxes] (Ultralytics).</source>
        <translation>La salida de detección del modelo tiene la forma {shape}; las disposiciones de salida única admitidas son [N, boxes, 5 + classes] (YOLO v5/v7) y [N, 4 + classes, boxes] (Ultralytics).</translation>
    </message>
    <message>
        <location filename="../core/engine/detection_decode.py" line="423"/>
        <source>The model has no outputs.</source>
        <translation>El modelo no tiene salidas.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="301"/>
        <source>The model returned an output of shape {shape} for {count} chips; an object classifier returns [chips, classes]. Use an image classification model.</source>
        <translation>El modelo devolvió una salida de forma {shape} para {count} recortes; un clasificador de objetos devuelve [chips, classes]. Use un modelo de clasificación de imágenes.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="413"/>
        <source>The model is a {label} model; classifying objects needs an object classification model (ModelType ObjectClassification).</source>
        <translation>El modelo es un modelo de {label}; la clasificación de objetos necesita un modelo de clasificación de objetos (ModelType ObjectClassification).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="448"/>
        <location filename="../core/engine/object_detector.py" line="499"/>
        <source>The raster is empty ({width} x {height} pixels).</source>
        <translation>El ráster está vacío ({width} x {height} píxeles).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="453"/>
        <source>The bounding-box padding must be 0 or more, got {bbox_padding}.</source>
        <translation>El margen del rectángulo envolvente debe ser 0 o mayor; se recibió {bbox_padding}.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="493"/>
        <source>{missing} features were never classified.</source>
        <translation>{missing} objetos espaciales no llegaron a clasificarse.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_classifier.py" line="347"/>
        <source>The model returned {channels} classes for one batch and {first_channels} for another.</source>
        <translation>El modelo devolvió {channels} clases para un lote y {first_channels} para otro.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_detector.py" line="411"/>
        <source>The model is a {label} model; detecting objects needs an object detection model (ModelType ObjectDetection, or a Deepness/GeoDeep Detector).</source>
        <translation>El modelo es un modelo de {label}; la detección de objetos necesita un modelo de detección de objetos (ModelType ObjectDetection, o un Detector de Deepness/GeoDeep).</translation>
    </message>
    <message>
        <location filename="../core/engine/object_detector.py" line="474"/>
        <source>The maximum overlap ratio must be between 0 and 1, got {max_overlap_ratio}.</source>
        <translation>La proporción máxima de solapamiento debe estar entre 0 y 1; se recibió {max_overlap_ratio}.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_parts.py" line="182"/>
        <source>The parts of the features read the model outputs in different ways.</source>
        <translation>Las partes de las entidades leyeron las salidas del modelo de formas distintas.</translation>
    </message>
    <message>
        <location filename="../core/engine/object_parts.py" line="177"/>
        <source>Part {index} of the features was never classified.</source>
        <translation>La parte {index} de las entidades nunca se clasificó.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="124"/>
        <source>The model outputs {channels} class channel{plural} but the model definition lists {class_count} classes (Values {listed}). List one class per output channel, in channel order (add {{&quot;Value&quot;: 0, &quot;Name&quot;: &quot;Background&quot;}} first when channel 0 is the background); a single-channel (sigmoid) model takes one or two classes.</source>
        <translation>El modelo produce canales de salida para {channels} clase{plural}, pero la definición del modelo enumera {class_count} clases (Values {listed}). Enumere una clase por canal de salida, en el orden de los canales (añada primero {{&quot;Value&quot;: 0, &quot;Name&quot;: &quot;Background&quot;}} cuando el canal 0 es el fondo); un modelo de un solo canal (sigmoide) admite una o dos clases.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="153"/>
        <source>The class values {low} to {high} do not fit a 32-bit integer raster with a free nodata value.</source>
        <translation>Los valores de clase de {low} a {high} no caben en un ráster de enteros de 32 bits con un valor nodata libre.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="294"/>
        <source>With predict_background false, the model&apos;s ignore_mapped_class {ignore_mapped_class} leaves no class to predict. Set predict_background to true in the model arguments.</source>
        <translation>Con predict_background en false, el ignore_mapped_class {ignore_mapped_class} del modelo no deja ninguna clase que predecir. Establezca predict_background en true en los argumentos del modelo.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="695"/>
        <source>The model is a {label} model; classifying pixels needs a pixel classification model (ModelType ImageClassification).</source>
        <translation>El modelo es un modelo de {label}; la clasificación de píxeles necesita un modelo de clasificación de píxeles (ModelType ImageClassification).</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="720"/>
        <source>The raster to classify is empty ({width} x {height} pixels).</source>
        <translation>El ráster que se va a clasificar está vacío ({width} x {height} píxeles).</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="102"/>
        <source>The model definition lists no classes and the model output does not fix the number of classes. Add Classes to the model definition, one per output channel.</source>
        <translation>La definición del modelo no enumera ninguna clase y la salida del modelo no fija el número de clases. Añada Classes a la definición del modelo, una por canal de salida.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="443"/>
        <source>Tile row {index} was never completed.</source>
        <translation>La fila de teselas {index} no llegó a completarse.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="502"/>
        <source>The model returned an output of shape {shape} for {count} tiles of {tile} x {tile} pixels; a pixel classifier returns [tiles, classes, height, width] with a square height and width.</source>
        <translation>El modelo devolvió una salida de forma {shape} para {count} teselas de {tile} x {tile} píxeles; un clasificador de píxeles devuelve [tiles, classes, height, width] con una altura y una anchura iguales.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="513"/>
        <source>The model returns {size} x {size} pixels for tiles of {tile} x {tile}: outputs larger than the input are not supported.</source>
        <translation>El modelo devuelve {size} x {size} píxeles para teselas de {tile} x {tile}: no se admiten salidas mayores que la entrada.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="523"/>
        <source>The model returns {channels} class channels but the model definition gives {class_count} classes. List one class per output channel in the model definition.</source>
        <translation>El modelo devuelve {channels} canales de clase, pero la definición del modelo da {class_count} clases. Enumere una clase por canal de salida en la definición del modelo.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="534"/>
        <source>The model returned an output of shape {shape} for {count} tiles of {tile_w} x {tile_h} pixels (width x height); a pixel classifier returns [tiles, classes, height, width].</source>
        <translation>El modelo devolvió una salida de forma {shape} para {count} teselas de {tile_w} x {tile_h} píxeles (anchura x altura); un clasificador de píxeles devuelve [tiles, classes, height, width].</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="546"/>
        <source>The model returns {out_w} x {out_h} pixels for tiles of {tile_w} x {tile_h} (width x height): outputs larger than the input are not supported.</source>
        <translation>El modelo devuelve {out_w} x {out_h} píxeles para teselas de {tile_w} x {tile_h} (anchura x altura): no se admiten salidas mayores que la entrada.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="561"/>
        <source>The model returns {size} x {size} pixels for tiles of {tile_size}: it drops {crop} pixels at each side, more than the padding ({padding}). Set the padding to at least {crop}.</source>
        <translation>El modelo devuelve {size} x {size} píxeles para teselas de {tile_size}: descarta {crop} píxeles en cada lado, más que el margen ({padding}). Establezca el margen en al menos {crop}.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="577"/>
        <source>The model returns {width} x {height} pixels for tiles of {tile_width} x {tile_size}: it drops {crop} pixels at a side, more than the padding ({padding}). Set the padding to at least {crop}.</source>
        <translation>El modelo devuelve {width} x {height} píxeles para teselas de {tile_width} x {tile_size}: descarta {crop} píxeles en un lado, más que el margen ({padding}). Establezca el margen en al menos {crop}.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="600"/>
        <source>Tile of row {row_index} arrived while row {index} is open.</source>
        <translation>Llegó una tesela de la fila {row_index} mientras la fila {index} está abierta.</translation>
    </message>
    <message>
        <location filename="../core/engine/pixel_classifier.py" line="345"/>
        <source>Unknown merge policy &apos;{policy}&apos;: use mean, max or min.</source>
        <translation>Política de combinación desconocida «{policy}»: use mean, max o min.</translation>
    </message>
    <message>
        <location filename="../core/engine/stages.py" line="119"/>
        <source>The {what} stopped unexpectedly.</source>
        <translation>{what} se detuvo de forma inesperada.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="56"/>
        <source>The raster to export is empty ({width} x {height} pixels).</source>
        <translation>El ráster que se va a exportar está vacío ({width} x {height} píxeles).</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="60"/>
        <source>The tile size ({tile_x} x {tile_y} pixels) is larger than the raster ({width} x {height} pixels). Choose tiles of at most {width} x {height} pixels, or a larger extent or a finer cell size.</source>
        <translation>El tamaño de tesela ({tile_x} x {tile_y} píxeles) es mayor que el ráster ({width} x {height} píxeles). Elija teselas de como máximo {width} x {height} píxeles, o una extensión mayor o un tamaño de celda más fino.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_grid.py" line="52"/>
        <source>The {name} must be a whole number of pixels above zero, got {value}.</source>
        <translation>{name} debe ser un número entero de píxeles mayor que cero; se recibió {value}.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="118"/>
        <source>The buffer radius cannot be negative, got {buffer_radius_px}.</source>
        <translation>El radio del búfer no puede ser negativo; se recibió {buffer_radius_px}.</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="150"/>
        <source>The tile size ({tile_x} x {tile_y} pixels) is larger than the raster ({width} x {height} pixels).</source>
        <translation>El tamaño de tesela ({tile_x} x {tile_y} píxeles) es mayor que el ráster ({width} x {height} píxeles).</translation>
    </message>
    <message>
        <location filename="../core/export/chip_labels.py" line="174"/>
        <source>The feature&apos;s extent ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) lies outside the {width} x {height} pixel raster.</source>
        <translation>La extensión del objeto espacial ({xmin:g}, {ymin:g}, {xmax:g}, {ymax:g}) queda fuera del ráster de {width} x {height} píxeles.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="201"/>
        <source>The tile size must be positive, got {tile_x} x {tile_y}.</source>
        <translation>El tamaño de tesela debe ser positivo; se recibió {tile_x} x {tile_y}.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="207"/>
        <source>The stride must be positive, got {stride_x} x {stride_y}.</source>
        <translation>El paso debe ser positivo; se recibió {stride_x} x {stride_y}.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="213"/>
        <source>{chip_format} chips hold at most 3 bands but {band_count} are exported: choose TIFF or MRF, or pick 3 bands with the band list.</source>
        <translation>Los recortes {chip_format} contienen como máximo 3 bandas, pero se exportan {band_count}: elija TIFF o MRF, o seleccione 3 bandas con la lista de bandas.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="220"/>
        <source>Give the class data: a labelled vector layer (input class data) or a classified raster. Only the Export_Tiles format works without labels.</source>
        <translation>Indique los datos de clase: una capa vectorial etiquetada (datos de clase de entrada) o un ráster clasificado. Solo el formato Export_Tiles funciona sin etiquetas.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="225"/>
        <source>{metadata_mode} needs vector samples; a classified raster only feeds Classified_Tiles. Convert the raster to polygons first (Raster &gt; Conversion &gt; Polygonize).</source>
        <translation>{metadata_mode} necesita muestras vectoriales; un ráster clasificado solo sirve para Classified_Tiles. Convierta primero el ráster en polígonos (Ráster &gt; Conversión &gt; Poligonizar (ráster a vectorial)).</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="231"/>
        <source>Only MAP_SPACE and PIXEL_SPACE are supported: image space needs the sensor model of the image, which QGIS does not provide.</source>
        <translation>Solo se admiten MAP_SPACE y PIXEL_SPACE: el espacio de imagen necesita el modelo del sensor de la imagen, que QGIS no proporciona.</translation>
    </message>
    <message>
        <location filename="../core/export/exporter.py" line="343"/>
        <location filename="../core/export/exporter.py" line="607"/>
        <location filename="../core/export/ranges.py" line="94"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="215"/>
        <source>A MultiLabeled_Tiles chip needs at least one class.</source>
        <translation>Un recorte de MultiLabeled_Tiles necesita al menos una clase.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="242"/>
        <source>A polygon ring has a non-finite coordinate.</source>
        <translation>Un anillo de polígono tiene una coordenada no finita.</translation>
    </message>
    <message>
        <location filename="../core/export/label_formats.py" line="405"/>
        <source>A COCO annotation needs a box or at least one polygon.</source>
        <translation>Una anotación COCO necesita una caja o al menos un polígono.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="510"/>
        <source>The folder {folder} holds files but no readable training-data export ({reason}); choose an empty folder, or the folder of an existing export to continue it.</source>
        <translation>La carpeta {folder} contiene archivos, pero ninguna exportación de datos de entrenamiento legible ({reason}); elija una carpeta vacía, o la carpeta de una exportación existente para continuarla.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="520"/>
        <source>The folder already holds a {existing_mode} export; choose an empty folder or the same metadata format to continue it</source>
        <translation>La carpeta ya contiene una exportación {existing_mode}; elija una carpeta vacía o el mismo formato de metadatos para continuarla</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="541"/>
        <source>The output {folder} is a file, not a folder; choose a folder.</source>
        <translation>La salida {folder} es un archivo, no una carpeta; elija una carpeta.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="602"/>
        <source>START_INDEX must be 0 or more, got {start_index}.</source>
        <translation>START_INDEX debe ser 0 o mayor; se recibió {start_index}.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="608"/>
        <source>The folder holds chips of {old_width} x {old_height} pixels, this run makes {width} x {height}; use the same tile size to continue it, or choose an empty folder.</source>
        <translation>La carpeta contiene recortes de {old_width} x {old_height} píxeles y esta ejecución genera recortes de {width} x {height}; use el mismo tamaño de tesela para continuarla o elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="618"/>
        <source>The folder holds chips of {old_band_count} bands, this run makes {band_count}; use the same bands to continue it, or choose an empty folder.</source>
        <translation>La carpeta contiene recortes de {old_band_count} bandas y esta ejecución los genera de {band_count}; use las mismas bandas para continuarla o elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="625"/>
        <source>The folder already holds chips up to {last_index:09d}; set START_INDEX to {next_index} (or more) to add chips without overwriting them, or choose an empty folder.</source>
        <translation>La carpeta ya contiene recortes hasta el {last_index:09d}; establezca START_INDEX en {next_index} (o más) para añadir recortes sin sobrescribirlos, o elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="147"/>
        <source>Tile size and band count must be at least 1.</source>
        <translation>El tamaño de tesela y el número de bandas deben ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../core/export/metadata.py" line="553"/>
        <source>MetaDataMode is missing</source>
        <translation>Falta MetaDataMode</translation>
    </message>
    <message>
        <location filename="../core/export/rotation.py" line="32"/>
        <source>The rotation angle must be at least 0 and below 360 degrees, got {angle}.</source>
        <translation>El ángulo de rotación debe ser de al menos 0 y menor de 360 grados; se recibió {angle}.</translation>
    </message>
    <message>
        <location filename="../core/export/statistics.py" line="211"/>
        <source>BandStatsState is empty.</source>
        <translation>BandStatsState está vacío.</translation>
    </message>
    <message>
        <location filename="../core/export/statistics.py" line="531"/>
        <source>A class label chip holds non-integer values.</source>
        <translation>Un recorte de etiquetas de clase contiene valores no enteros.</translation>
    </message>
    <message>
        <location filename="../core/install/dependencies.py" line="126"/>
        <source>The Python package &apos;{package}&apos; is required but could not be imported ({error}). Install it into the Python that QGIS uses with:
    {command}
then restart QGIS.</source>
        <translation>Se necesita el paquete de Python «{package}», pero no se pudo importar ({error}). Instálelo en el Python que usa QGIS con:
    {command}
y después reinicie QGIS.</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="114"/>
        <source>The NVIDIA GPU (CUDA) build of onnxruntime does not exist for macOS; choose the CPU or Automatic build (the CPU build uses Core ML on Apple hardware).</source>
        <translation>La variante para GPU NVIDIA (CUDA) de onnxruntime no existe para macOS; elija la variante para CPU o Automático (la variante para CPU usa Core ML en hardware de Apple).</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="464"/>
        <source>Could not query the Python that QGIS uses ({python}, exit status {returncode}): {tail}</source>
        <translation>No se pudo consultar el Python que usa QGIS ({python}, código de salida {returncode}): {tail}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="594"/>
        <source>pip could not install {packages} (exit status {status}): {pip_failure}{hint} (pip&apos;s full output is in the log)</source>
        <translation>pip no pudo instalar {packages} (código de salida {status}): {pip_failure}{hint} (la salida completa de pip está en el registro)</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="297"/>
        <source>Could not start {argv}: {error}</source>
        <translation>No se pudo iniciar {argv}: {error}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="458"/>
        <source>Could not run the Python that QGIS uses ({python}): {error}</source>
        <translation>No se pudo ejecutar el Python que usa QGIS ({python}): {error}</translation>
    </message>
    <message>
        <location filename="../core/install/installer.py" line="312"/>
        <source>The installation was canceled; pip was stopped.</source>
        <translation>Se canceló la instalación; se detuvo pip.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="473"/>
        <source>The {name} must be between 0 and 1, got {value}.</source>
        <translation>{name} debe estar entre 0 y 1; se recibió {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="55"/>
        <source>The arguments table has {count} cells; it needs two columns, Name and Value.</source>
        <translation>La tabla de argumentos tiene {count} celdas; necesita dos columnas, Name y Value.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="381"/>
        <source>The model argument &apos;tile_size&apos; must be {expected}, got &apos;{value}&apos;.</source>
        <translation>El argumento del modelo «tile_size» debe ser {expected}; se recibió «{value}».</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="399"/>
        <source>The padding must be 0 or more, got {padding}.</source>
        <translation>El margen (padding) debe ser 0 o mayor; se recibió {padding}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="409"/>
        <source>The tile size must be larger than twice the padding: tile_size {tile_size} with padding {padding}. Lower the padding below {limit} or raise the tile size.</source>
        <translation>El tamaño de tesela debe ser mayor que el doble del margen: tile_size {tile_size} con padding {padding}. Reduzca el margen por debajo de {limit} o aumente el tamaño de tesela.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="417"/>
        <location filename="../core/model/arguments.py" line="462"/>
        <source>The batch size must be between 1 and {max_batch_size}, got {batch_size}.</source>
        <translation>El tamaño de lote debe estar entre 1 y {max_batch_size}; se recibió {batch_size}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="429"/>
        <source>The model takes tiles of {width} x {height} pixels (width x height) but tile_size is {tile_size}. Set tile_size to {wanted}.</source>
        <translation>El modelo toma teselas de {width} x {height} píxeles (anchura x altura), pero tile_size es {tile_size}. Establezca tile_size en {wanted}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="468"/>
        <source>The score_threshold must be between 0 and 1, got {score_threshold}.</source>
        <translation>score_threshold debe estar entre 0 y 1; se recibió {score_threshold}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="472"/>
        <source>The threshold must be between 0 and 1, got {value}.</source>
        <translation>El umbral debe estar entre 0 y 1; se recibió {value}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="72"/>
        <source>Each model argument must be a (name, value) pair, got {item!r}.</source>
        <translation>Cada argumento del modelo debe ser un par (nombre, valor); se recibió {item!r}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="184"/>
        <source>The model argument value &apos;{value}&apos; has no name. Name it or remove the row.</source>
        <translation>El valor de argumento del modelo «{value}» no tiene nombre. Póngale un nombre o quite la fila.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="190"/>
        <source>Unknown model argument &apos;{name}&apos;. The known arguments are: {known}.</source>
        <translation>Argumento del modelo desconocido «{name}». Los argumentos conocidos son: {known}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="196"/>
        <source>The model argument &apos;{name}&apos; is given twice. Keep one row.</source>
        <translation>El argumento del modelo «{name}» se indica dos veces. Conserve una sola fila.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="202"/>
        <source>The model argument &apos;{name}&apos; must be {expected}, got &apos;{value}&apos;.</source>
        <translation>El argumento del modelo «{name}» debe ser {expected}; se recibió «{value}».</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="348"/>
        <source>A model argument has a value of the wrong type: {error}.</source>
        <translation>Un argumento del modelo tiene un valor de tipo incorrecto: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="402"/>
        <source>The tile size must be between 1 and {max_tile_size}, got {shown}.</source>
        <translation>El tamaño de tesela debe estar entre 1 y {max_tile_size}; se recibió {shown}.</translation>
    </message>
    <message>
        <location filename="../core/model/arguments.py" line="451"/>
        <source>The merge_policy must be one of {merge_policies}, got &apos;{merge_policy}&apos;.</source>
        <translation>merge_policy debe ser uno de {merge_policies}; se recibió «{merge_policy}».</translation>
    </message>
    <message>
        <location filename="../core/model/definition_fields.py" line="185"/>
        <source>In {where}, {key} has the invalid value {value}: it must be {expected}. Correct {key} and load the model again.</source>
        <translation>En {where}, {key} tiene el valor no válido {value}: debe ser {expected}. Corrija {key} y vuelva a cargar el modelo.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="115"/>
        <source>The deep learning package &apos;{name}&apos; holds no ONNX model (.onnx), only its model file &apos;{model_file}&apos;: this plugin runs ONNX models. Export the model to ONNX (for example with torch.onnx.export) and package that.</source>
        <translation>El paquete de aprendizaje profundo «{name}» no contiene ningún modelo ONNX (.onnx), solo su archivo de modelo «{model_file}»: este complemento ejecuta modelos ONNX. Exporte el modelo a ONNX (por ejemplo con torch.onnx.export) y empaquete ese.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="255"/>
        <source>The deep learning package &apos;{name}&apos; is unsafe: its entry &apos;{entry}&apos; {why}. Refusing to extract it; only use packages from a trusted source.</source>
        <translation>El paquete de aprendizaje profundo «{name}» no es seguro: su entrada «{entry}» {why}. Se rechaza su extracción; use solo paquetes de una fuente de confianza.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="62"/>
        <source>The deep learning package &apos;{path}&apos; does not exist or is not a file. Choose an existing .dlpk file.</source>
        <translation>El paquete de aprendizaje profundo «{path}» no existe o no es un archivo. Elija un archivo .dlpk existente.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="198"/>
        <source>The deep learning package &apos;{name}&apos; has {count} entries, more than the {max_entries} accepted. It is not a model package; check the file.</source>
        <translation>El paquete de aprendizaje profundo «{name}» tiene {count} entradas, más de las {max_entries} admitidas. No es un paquete de modelo; compruebe el archivo.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="274"/>
        <source>The deep learning package &apos;{name}&apos; holds no .emd model definition. A .dlpk must contain &apos;&lt;name&gt;.emd&apos; next to the model file.</source>
        <translation>El paquete de aprendizaje profundo «{name}» no contiene ninguna definición de modelo .emd. Un .dlpk debe contener «&lt;name&gt;.emd» junto al archivo del modelo.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="282"/>
        <source>The deep learning package &apos;{name}&apos; holds several .emd files at the same level ({shallowest}), so the model to use is ambiguous. Keep only one.</source>
        <translation>El paquete de aprendizaje profundo «{name}» contiene varios archivos .emd en el mismo nivel ({shallowest}), por lo que el modelo que se debe usar es ambiguo. Conserve solo uno.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="70"/>
        <source>The deep learning package &apos;{name}&apos; is not a valid zip archive ({error}). The file may be truncated or corrupt: download or export it again.</source>
        <translation>El paquete de aprendizaje profundo «{name}» no es un archivo zip válido ({error}). Puede que el archivo esté truncado o dañado: vuelva a descargarlo o a exportarlo.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="212"/>
        <source>The deep learning package &apos;{name}&apos; expands to more than {max_total_size} bytes (limit reached at entry &apos;{filename}&apos;). Refusing to extract it: check the file.</source>
        <translation>El paquete de aprendizaje profundo «{name}» ocupa más de {max_total_size} bytes una vez descomprimido (límite alcanzado en la entrada «{filename}»). Se rechaza su extracción: compruebe el archivo.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="223"/>
        <source>The deep learning package &apos;{name}&apos; holds the entry &apos;{filename}&apos; twice (also as &apos;{first_entry}&apos;). Re-create the package from its folder.</source>
        <translation>El paquete de aprendizaje profundo «{name}» contiene dos veces la entrada «{filename}» (también como «{first_entry}»). Vuelva a crear el paquete a partir de su carpeta.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="298"/>
        <source>Cannot read the deep learning package &apos;{path}&apos;: {error}.</source>
        <translation>No se puede leer el paquete de aprendizaje profundo «{path}»: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="317"/>
        <source>Cannot create the package cache folder &apos;{parent}&apos;: {error}. Check that the folder is writable.</source>
        <translation>No se puede crear la carpeta de caché de paquetes «{parent}»: {error}. Compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="342"/>
        <source>Cannot extract the deep learning package &apos;{name}&apos;: {error}. The file may be truncated, corrupt or encrypted: download or export it again.</source>
        <translation>No se puede extraer el paquete de aprendizaje profundo «{name}»: {error}. Puede que el archivo esté truncado, dañado o cifrado: vuelva a descargarlo o a exportarlo.</translation>
    </message>
    <message>
        <location filename="../core/model/dlpk.py" line="363"/>
        <source>The deep learning package &apos;{name}&apos; expands to more than {max_total_size} bytes (limit reached at entry &apos;{filename}&apos;). Refusing to extract it.</source>
        <translation>El paquete de aprendizaje profundo «{name}» ocupa más de {max_total_size} bytes una vez descomprimido (límite alcanzado en la entrada «{filename}»). Se rechaza su extracción.</translation>
    </message>
    <message>
        <location filename="../core/model/execution.py" line="91"/>
        <source>The GPU id must be 0 or more, got {gpu_id}. Use 0 for the first GPU.</source>
        <translation>El identificador de GPU debe ser 0 o mayor; se recibió {gpu_id}. Use 0 para la primera GPU.</translation>
    </message>
    <message>
        <location filename="../core/model/execution.py" line="102"/>
        <source>No GPU execution provider is available in the installed onnxruntime (it offers: {listed}). Install onnxruntime-gpu for an NVIDIA GPU (or onnxruntime-directml on Windows) in place of onnxruntime, or choose the CPU processor.</source>
        <translation>El onnxruntime instalado no ofrece ningún proveedor de ejecución para GPU (ofrece: {listed}). Instale onnxruntime-gpu para una GPU NVIDIA (u onnxruntime-directml en Windows) en lugar de onnxruntime, o elija el procesador CPU.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="733"/>
        <source>In {where}, {key} = {value} does not fit the model &apos;{name}&apos;: {why}. Set {key} to {fix} or remove it.</source>
        <translation>En {where}, {key} = {value} no corresponde al modelo «{name}»: {why}. Establezca {key} en {fix} o elimínelo.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="132"/>
        <source>No model definition was given. Choose an .emd, .dlpk or .onnx file, or paste the JSON.</source>
        <translation>No se ha indicado ninguna definición de modelo. Elija un archivo .emd, .dlpk u .onnx, o pegue el JSON.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="137"/>
        <source>The model definition &apos;{path}&apos; does not exist or is not a file. Choose an existing .emd, .dlpk or .onnx file.</source>
        <translation>La definición de modelo «{path}» no existe o no es un archivo. Elija un archivo .emd, .dlpk u .onnx existente.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="159"/>
        <source>The deep learning package &apos;{name}&apos; holds no usable .emd file.</source>
        <translation>El paquete de aprendizaje profundo «{name}» no contiene ningún archivo .emd utilizable.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="192"/>
        <source>In {where}, ModelFile &apos;{printable}&apos; points outside the package (to &apos;{target}&apos;): a package may only use the files it contains. Put the model file in the package.</source>
        <translation>En {where}, ModelFile «{printable}» apunta fuera del paquete (a «{target}»): un paquete solo puede usar los archivos que contiene. Incluya el archivo del modelo en el paquete.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="203"/>
        <source>{where} must be a JSON object ({{&quot;ModelFile&quot;: ..., &quot;ModelType&quot;: ...}}), not a JSON {json_type}.</source>
        <translation>{where} debe ser un objeto JSON ({{&quot;ModelFile&quot;: ..., &quot;ModelType&quot;: ...}}), no un JSON de tipo {json_type}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="483"/>
        <source>In {where}, NormalizationStats lacks {missing}: it needs band_min_values and band_max_values, and either both or neither of scaled_mean_values and scaled_std_values. Complete NormalizationStats or remove it.</source>
        <translation>En {where}, a NormalizationStats le falta {missing}: necesita band_min_values y band_max_values, y o bien ambos o bien ninguno de scaled_mean_values y scaled_std_values. Complete NormalizationStats o elimínelo.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="503"/>
        <source>In {where}, NormalizationStats.scaled_std_values {std} holds a value &lt;= 0. Standard deviations must be positive: correct them.</source>
        <translation>En {where}, NormalizationStats.scaled_std_values {std} contiene un valor &lt;= 0. Las desviaciones típicas deben ser positivas: corríjalas.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="582"/>
        <source>{where} has no ModelType. Add &quot;ModelType&quot; with one of: {known_types}.</source>
        <translation>{where} no tiene ModelType. Añada &quot;ModelType&quot; con uno de estos valores: {known_types}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="618"/>
        <source>In {where}, {key} is &apos;{printable}&apos;: this plugin runs models trained with arcgis.learn&apos;s PyTorch backend only (a TensorFlow model took channels-last input with other preprocessing, and arcgis.learn dropped that backend in 2.4.2). Retrain with backend=&apos;pytorch&apos;, or set {key} to &quot;pytorch&quot; if the ONNX model takes channels-first (NCHW) input prepared as arcgis.learn prepares it for PyTorch.</source>
        <translation>En {where}, {key} es «{printable}»: este complemento solo ejecuta modelos entrenados con el backend PyTorch de arcgis.learn (un modelo TensorFlow tomaba la entrada con los canales al final y otro preprocesamiento, y arcgis.learn abandonó ese backend en la versión 2.4.2). Vuelva a entrenar con backend=&apos;pytorch&apos;, o establezca {key} en &quot;pytorch&quot; si el modelo ONNX toma una entrada con los canales primero (NCHW) preparada como la prepara arcgis.learn para PyTorch.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="656"/>
        <source>{where} has no ModelFile. Add &quot;ModelFile&quot;: the path of the .onnx model, relative to the definition&apos;s folder or absolute.</source>
        <translation>{where} no tiene ModelFile. Añada &quot;ModelFile&quot;: la ruta del modelo .onnx, relativa a la carpeta de la definición o absoluta.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="664"/>
        <source>In {where}, {key} &apos;{printable}&apos; points to &apos;{path}&apos;, which does not exist or is not a file. Put the model file there or correct ModelFile.</source>
        <translation>En {where}, {key} «{printable}» apunta a «{path}», que no existe o no es un archivo. Coloque ahí el archivo del modelo o corrija ModelFile.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="126"/>
        <source>A model definition must be a file path or a JSON text, not {name}.</source>
        <translation>Una definición de modelo debe ser una ruta de archivo o un texto JSON, no {name}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="457"/>
        <source>In {where}, {entry} is {needs}: the model was trained on imagery normalised with its band statistics, but the definition has no NormalizationStats. Add the NormalizationStats arcgis.learn wrote, or a &quot;DataRange&quot;: [min, max] that scales the bands as in training.</source>
        <translation>En {where}, {entry} es {needs}: el modelo se entrenó con imágenes normalizadas con sus estadísticas de bandas, pero la definición no tiene NormalizationStats. Añada el NormalizationStats que escribió arcgis.learn, o un &quot;DataRange&quot;: [min, max] que escale las bandas como en el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="493"/>
        <source>In {where}, NormalizationStats gives band {bands} a band_max_values ({highs}) not above its band_min_values ({lows}), which would divide by zero. Correct the band statistics.</source>
        <translation>En {where}, NormalizationStats da a la banda {bands} un band_max_values ({highs}) que no es mayor que su band_min_values ({lows}), lo que provocaría una división por cero. Corrija las estadísticas de bandas.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="675"/>
        <source>In {where}, {key} &apos;{printable}&apos; cannot be used. {error}</source>
        <translation>En {where}, no se puede usar {key} «{printable}». {error}</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="768"/>
        <source>{where} is not valid JSON: {error} at line {line}, column {column}. Fix the syntax (quotes, commas, brackets) there.</source>
        <translation>{where} no es un JSON válido: {error} en la línea {line}, columna {column}. Corrija ahí la sintaxis (comillas, comas, corchetes).</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="777"/>
        <source>{where} is not usable JSON: {error}.</source>
        <translation>{where} no es un JSON utilizable: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/loader.py" line="786"/>
        <source>Cannot read the model definition &apos;{path}&apos;: {error}.</source>
        <translation>No se puede leer la definición de modelo «{path}»: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="88"/>
        <source>The model file &apos;{path}&apos; is a folder, not an ONNX model. Choose the .onnx file itself.</source>
        <translation>El archivo de modelo «{path}» es una carpeta, no un modelo ONNX. Elija el propio archivo .onnx.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="99"/>
        <source>The model file &apos;{name}&apos; is empty, so it is not an ONNX model. Export the model to ONNX again.</source>
        <translation>El archivo de modelo «{name}» está vacío, así que no es un modelo ONNX. Vuelva a exportar el modelo a ONNX.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="104"/>
        <source>The model file &apos;{name}&apos; is a PyTorch checkpoint (a zip archive saved by torch.save), not an ONNX model. Export it to ONNX with torch.onnx.export and point ModelFile at the .onnx file (a .dlpk package must be given as the model itself, not as its ModelFile).</source>
        <translation>El archivo de modelo «{name}» es un punto de control de PyTorch (un archivo zip guardado por torch.save), no un modelo ONNX. Expórtelo a ONNX con torch.onnx.export y haga que ModelFile apunte al archivo .onnx (un paquete .dlpk debe indicarse como el propio modelo, no como su ModelFile).</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="111"/>
        <source>The model file &apos;{name}&apos; is a Python pickle (e.g. an old PyTorch checkpoint), not an ONNX model. Export it to ONNX with torch.onnx.export.</source>
        <translation>El archivo de modelo «{name}» es un pickle de Python (p. ej. un punto de control antiguo de PyTorch), no un modelo ONNX. Expórtelo a ONNX con torch.onnx.export.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="117"/>
        <source>The model file &apos;{name}&apos; is an HDF5 file (e.g. a Keras model), not an ONNX model. Convert it to ONNX (for example with tf2onnx).</source>
        <translation>El archivo de modelo «{name}» es un archivo HDF5 (p. ej. un modelo Keras), no un modelo ONNX. Conviértalo a ONNX (por ejemplo con tf2onnx).</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="123"/>
        <source>The model file &apos;{name}&apos; is not an ONNX model (it does not start like one). Choose a .onnx file exported from your training framework.</source>
        <translation>El archivo de modelo «{name}» no es un modelo ONNX (no empieza como uno). Elija un archivo .onnx exportado desde su entorno de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="153"/>
        <source>The ONNX model &apos;{name}&apos; has no input, so it cannot take an image.</source>
        <translation>El modelo ONNX «{name}» no tiene ninguna entrada, así que no puede recibir una imagen.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="95"/>
        <source>Cannot read the model file &apos;{path}&apos;: {error}.</source>
        <translation>No se puede leer el archivo de modelo «{path}»: {error}.</translation>
    </message>
    <message>
        <location filename="../core/model/onnx_inspect.py" line="146"/>
        <source>onnxruntime cannot load the model file &apos;{name}&apos;: {reason}. Check that it is a complete ONNX file supported by this onnxruntime version.</source>
        <translation>onnxruntime no puede cargar el archivo de modelo «{name}»: {reason}. Compruebe que es un archivo ONNX completo compatible con esta versión de onnxruntime.</translation>
    </message>
    <message>
        <location filename="../core/model/output_selection.py" line="37"/>
        <source>The model argument output_index is {index!r} but the model has {count} output{plural} (0 to {last}). Choose one of them.</source>
        <translation>El argumento del modelo output_index es {index!r}, pero el modelo tiene {count} salida{plural} (de 0 a {last}). Elija una de ellas.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="39"/>
        <source>The model wants bands {wanted} (1-based) but the raster has {count} bands. Use a raster with these bands, or a model definition whose ExtractBands (0-based) matches this raster.</source>
        <translation>El modelo necesita las bandas {wanted} (numeradas desde 1), pero el ráster tiene {count} bandas. Use un ráster con esas bandas o una definición de modelo cuyo ExtractBands (numerado desde 0) corresponda a este ráster.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="71"/>
        <source>The model input takes {shape} bands but the model definition extracts {count} ({bands}, 0-based). Fix ExtractBands in the model definition.</source>
        <translation>La entrada del modelo toma {shape} bandas, pero la definición del modelo extrae {count} ({bands}, numeradas desde 0). Corrija ExtractBands en la definición del modelo.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="82"/>
        <source>The tile size must be positive, got {height} x {width} pixels.</source>
        <translation>El tamaño de tesela debe ser positivo; se recibió {height} x {width} píxeles.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="91"/>
        <source>The model takes tiles of {model_height} x {model_width} pixels but the tile size is {height} x {width}. Set tile_size to {size}, the model&apos;s size.</source>
        <translation>El modelo toma teselas de {model_height} x {model_width} píxeles, pero el tamaño de tesela es {height} x {width}. Establezca tile_size en {size}, el tamaño del modelo.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="109"/>
        <source>The normalisation {what} has {value_count} values but the model reads {count} bands. Give one value per extracted band in the model definition.</source>
        <translation>El {what} de la normalización tiene {value_count} valores, pero el modelo lee {count} bandas. Indique un valor por banda extraída en la definición del modelo.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="164"/>
        <source>Chips must be shaped (samples, bands, height, width); got shape {shape}.</source>
        <translation>Los recortes deben tener la forma (samples, bands, height, width); se recibió la forma {shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="34"/>
        <source>The model wants bands {wanted} (1-based) but the raster has 1 band. Use a raster with these bands, or a model definition whose ExtractBands (0-based) matches this raster.</source>
        <translation>El modelo necesita las bandas {wanted} (numeradas desde 1), pero el ráster tiene 1 banda. Use un ráster con esas bandas o una definición de modelo cuyo ExtractBands (numerado desde 0) corresponda a este ráster.</translation>
    </message>
    <message>
        <location filename="../core/model/preprocess.py" line="172"/>
        <source>The model input type &apos;{dtype}&apos; is not a numpy data type.</source>
        <translation>El tipo de entrada del modelo «{dtype}» no es un tipo de datos de numpy.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="147"/>
        <source>onnxruntime cannot load the model {name}: {error}. Check that the file is a complete ONNX model that this onnxruntime version supports.</source>
        <translation>onnxruntime no puede cargar el modelo {name}: {error}. Compruebe que el archivo es un modelo ONNX completo compatible con esta versión de onnxruntime.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="76"/>
        <source>The model file {model_file} does not exist. Check the ModelFile path of the model definition (it is relative to the .emd file&apos;s folder).</source>
        <translation>El archivo de modelo {model_file} no existe. Compruebe la ruta ModelFile de la definición del modelo (es relativa a la carpeta del archivo .emd).</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="91"/>
        <source>The thread count must be 0 (automatic) or more, got {threads}.</source>
        <translation>El número de hilos debe ser 0 (automático) o mayor; se recibió {threads}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="96"/>
        <source>Unknown graph optimization level &apos;{optimization}&apos;: use one of {optimization_levels}.</source>
        <translation>Nivel de optimización del grafo desconocido «{optimization}»: use uno de {optimization_levels}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="124"/>
        <source>The model {name} loads on CPU but the GPU provider ({names}) failed: {error}. Check the GPU driver and CUDA/cuDNN installation, or choose the CPU processor.</source>
        <translation>El modelo {name} se carga en la CPU, pero el proveedor para GPU ({names}) falló: {error}. Compruebe el controlador de la GPU y la instalación de CUDA/cuDNN, o elija el procesador CPU.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="201"/>
        <source>No samples to run: the batch is empty.</source>
        <translation>No hay muestras que procesar: el lote está vacío.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="203"/>
        <source>The model input &apos;{name}&apos; has {dims} dimensions {model_shape} but the data has {ndim} {data_shape}.</source>
        <translation>La entrada del modelo «{name}» tiene {dims} dimensiones {model_shape}, pero los datos tienen {ndim} {data_shape}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="306"/>
        <source>The batch size must be 1 or more, got {batch_size}.</source>
        <translation>El tamaño de lote debe ser 1 o mayor; se recibió {batch_size}.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="214"/>
        <source>The model input &apos;{name}&apos; is {model_shape} but the data is {data_shape} (dimension {axis} differs). Set the tile size and bands to what the model takes.</source>
        <translation>La entrada del modelo «{name}» es {model_shape}, pero los datos son {data_shape} (la dimensión {axis} difiere). Ajuste el tamaño de tesela y las bandas a lo que toma el modelo.</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="229"/>
        <source>Running the model {name} on {provider} failed: {error}</source>
        <translation>Falló la ejecución del modelo {name} en {provider}: {error}</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="273"/>
        <source>The model {name} returned {bad} NaN or infinite values in its output &apos;{output}&apos; (of {size}): its results cannot be trusted, so nothing was written. Check the model and its normalisation (a division by zero, or input values far outside those it was trained on).</source>
        <translation>El modelo {name} devolvió {bad} valores NaN o infinitos en su salida «{output}» (de {size}): sus resultados no son fiables, así que no se ha escrito nada. Compruebe el modelo y su normalización (una división por cero, o valores de entrada muy alejados de aquellos con los que se entrenó).</translation>
    </message>
    <message>
        <location filename="../core/model/runtime.py" line="339"/>
        <source>The model output &apos;{name}&apos; (shape {shape}) has no batch dimension, so its results cannot be split per sample. Run it with a batch size of 1.</source>
        <translation>La salida del modelo «{name}» (forma {shape}) no tiene dimensión de lote, así que sus resultados no se pueden separar por muestra. Ejecútelo con un tamaño de lote de 1.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="287"/>
        <source>{cause} {width:.3g} x {height:.3g} pixels ({pixels:.3g} pixels; at most {max_raster_side} on a side and {max_raster_pixels:.0e} in all): choose a larger cell size or a smaller extent.</source>
        <translation>{cause} {width:.3g} x {height:.3g} píxeles ({pixels:.3g} píxeles; como máximo {max_raster_side} por lado y {max_raster_pixels:.0e} en total): elija un tamaño de celda mayor o una extensión menor.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="304"/>
        <source>Tiles of {tile_width} x {tile_height} with a stride of {stride_x} x {stride_y} would give {count:.3g} chips (at most {max_chips:.0e}): choose a larger cell size, a larger stride or a smaller extent.</source>
        <translation>Teselas de {tile_width} x {tile_height} con un paso de {stride_x} x {stride_y} darían {count:.3g} recortes (como máximo {max_chips:.0e}): elija un tamaño de celda mayor, un paso mayor o una extensión menor.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="228"/>
        <source>The output &apos;{final}&apos; is a folder: choose a file name.</source>
        <translation>La salida «{final}» es una carpeta: elija un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="246"/>
        <source>Cannot move the output &apos;{final}&apos; in place: {value}.</source>
        <translation>No se puede mover la salida «{final}» a su lugar: {value}.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="119"/>
        <source>The output {name} &apos;{uri}&apos; is the input {input_name} &apos;{input_uri}&apos;: writing it would destroy the input. Choose another output file.</source>
        <translation>La salida {name} «{uri}» es la entrada {input_name} «{input_uri}»: escribirla destruiría la entrada. Elija otro archivo de salida.</translation>
    </message>
    <message>
        <location filename="../core/output/guard.py" line="129"/>
        <source>The outputs {other_name} and {name} are both &apos;{uri}&apos;: one would overwrite the other. Give each output its own file.</source>
        <translation>Las salidas {other_name} y {name} son ambas «{uri}»: una sobrescribiría la otra. Asigne a cada salida su propio archivo.</translation>
    </message>
    <message>
        <location filename="../core/output/writable.py" line="21"/>
        <source>The output &apos;{path}&apos; cannot be written ({reason}). Choose a folder you can write to.</source>
        <translation>No se puede escribir la salida «{path}» ({reason}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>CLUSTER &apos;{cluster}&apos; needs the Python packages dask and distributed, which are not installed: install them with the Install Python Dependencies tool (optional packages) or &apos;python3 -m pip install dask distributed&apos; in QGIS&apos;s Python, or leave CLUSTER empty to run here.</source>
        <translation type="vanished">CLUSTER &apos;{cluster}&apos; necesita los paquetes de Python dask y distributed, que no están instalados: instálelos con la herramienta Install Python Dependencies (paquetes opcionales) o con &apos;python3 -m pip install dask distributed&apos; en el Python de QGIS, o deje CLUSTER vacío para ejecutar aquí.</translation>
    </message>
    <message>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {w} x {h} pixels and {band_count} bands.</source>
        <translation type="vanished">El lector de ráster devolvió los píxeles {pixels_shape} y la máscara {mask_shape} para una ventana de {w} x {h} píxeles y {band_count} bandas.</translation>
    </message>
    <message>
        <source>The object classification was cancelled.</source>
        <translation type="vanished">Se canceló la clasificación de objetos.</translation>
    </message>
    <message>
        <source>The raster reader returned pixels {pixels_shape} and mask {mask_shape} for a window of {width} x {tile} pixels and {bands} bands.</source>
        <translation type="vanished">El lector de ráster devolvió los píxeles {pixels_shape} y la máscara {mask_shape} para una ventana de {width} x {tile} píxeles y {bands} bandas.</translation>
    </message>
    <message>
        <source>The object detection was cancelled.</source>
        <translation type="vanished">Se canceló la detección de objetos.</translation>
    </message>
    <message>
        <source>The classification was cancelled.</source>
        <translation type="vanished">Se canceló la clasificación.</translation>
    </message>
    <message>
        <source>The model argument &apos;{name}&apos; is missing.</source>
        <translation type="vanished">Falta el argumento del modelo «{name}».</translation>
    </message>
</context>
<context>
    <name>RasterDeepLearningPlugin</name>
    <message>
        <location filename="../plugin.py" line="95"/>
        <source>&amp;Raster Deep Learning</source>
        <translation>&amp;Aprendizaje profundo ráster</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="103"/>
        <source>Install dependencies…</source>
        <translation>Instalar dependencias…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="106"/>
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
