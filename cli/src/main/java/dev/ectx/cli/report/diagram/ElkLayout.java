package dev.ectx.cli.report.diagram;

import dev.ectx.cli.report.ContextMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a context map with the Eclipse Layout Kernel's layered algorithm: one node per class,
 * sized to its member rows, with a port on each side of each row; edges run from the caller's
 * east port to the target's west port and are routed orthogonally.
 */
public final class ElkLayout {
  private static final double MARGIN = 16;

  static {
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  /** Lays out {@code map}; deterministic for the same map. */
  public DiagramLayout layout(ContextMap map) {
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
    graph.setProperty(LayeredOptions.RANDOM_SEED, 1);

    Map<String, List<ContextMap.Node>> membersByClass = new LinkedHashMap<>();
    Map<String, ContextMap.Node> classes = new LinkedHashMap<>();
    for (ContextMap.Node node : map.nodes()) {
      if (node.kind() == ContextMap.Kind.CLASS) {
        classes.put(node.id(), node);
        membersByClass.putIfAbsent(node.id(), new ArrayList<>());
      }
    }
    for (ContextMap.Node node : map.nodes()) {
      if (node.kind() == ContextMap.Kind.MEMBER && classes.containsKey(node.parent())) {
        membersByClass.get(node.parent()).add(node);
      }
    }

    Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
    Map<String, ElkPort> eastPorts = new LinkedHashMap<>();
    Map<String, ElkPort> westPorts = new LinkedHashMap<>();
    for (ContextMap.Node type : classes.values()) {
      List<ContextMap.Node> members = membersByClass.get(type.id());
      double[] size = DiagramLayout.boxSize(type, members);
      ElkNode node = ElkGraphUtil.createNode(graph);
      node.setDimensions(size[0], size[1]);
      node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
      elkNodes.put(type.id(), node);
      for (int i = 0; i < members.size(); i++) {
        double y = DiagramLayout.rowCentre(i);
        eastPorts.put(members.get(i).id(), port(node, size[0], y, PortSide.EAST));
        westPorts.put(members.get(i).id(), port(node, 0, y, PortSide.WEST));
      }
    }
    Map<ElkEdge, ContextMap.Edge> edges = new LinkedHashMap<>();
    for (ContextMap.Edge edge : map.edges()) {
      ElkPort from = eastPorts.get(edge.from());
      ElkPort to = westPorts.get(edge.to());
      if (from != null && to != null) {
        edges.put(ElkGraphUtil.createSimpleEdge(from, to), edge);
      }
    }

    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

    List<DiagramLayout.Box> boxes = new ArrayList<>();
    for (ContextMap.Node type : classes.values()) {
      ElkNode node = elkNodes.get(type.id());
      boxes.add(
          new DiagramLayout.Box(
              type, node.getX(), node.getY(), node.getWidth(), node.getHeight(), membersByClass.get(type.id())));
    }
    List<DiagramLayout.Route> routes = new ArrayList<>();
    edges.forEach((elkEdge, edge) -> routes.add(new DiagramLayout.Route(edge, points(elkEdge))));
    return new DiagramLayout(graph.getWidth(), graph.getHeight(), boxes, routes);
  }

  private static ElkPort port(ElkNode node, double x, double y, PortSide side) {
    ElkPort port = ElkGraphUtil.createPort(node);
    port.setDimensions(1, 1);
    port.setLocation(x - (side == PortSide.EAST ? 1 : 0), y);
    port.setProperty(CoreOptions.PORT_SIDE, side);
    return port;
  }

  private static List<DiagramLayout.Point> points(ElkEdge edge) {
    List<DiagramLayout.Point> points = new ArrayList<>();
    for (ElkEdgeSection section : edge.getSections()) {
      points.add(new DiagramLayout.Point(section.getStartX(), section.getStartY()));
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(new DiagramLayout.Point(bend.getX(), bend.getY()));
      }
      points.add(new DiagramLayout.Point(section.getEndX(), section.getEndY()));
    }
    return points;
  }
}
