export default function ConvView() {
  return <h1 className="view-title">Convolution</h1>;
}
